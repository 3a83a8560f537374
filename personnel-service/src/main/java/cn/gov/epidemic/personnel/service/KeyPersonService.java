package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ResourceNotFoundException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.personnel.FollowUp;
import cn.gov.epidemic.personnel.KeyPerson;
import cn.gov.epidemic.personnel.KeyPersonCategory;
import cn.gov.epidemic.personnel.ObservationChange;
import cn.gov.epidemic.personnel.ObservationState;
import cn.gov.epidemic.personnel.api.FieldApi.ChangeView;
import cn.gov.epidemic.personnel.api.FieldApi.FollowUpView;
import cn.gov.epidemic.personnel.api.FieldApi.KeyPersonView;
import cn.gov.epidemic.personnel.api.FieldApi.NewFollowUp;
import cn.gov.epidemic.personnel.api.FieldApi.NewKeyPerson;
import cn.gov.epidemic.personnel.api.FieldApi.PeriodChange;
import cn.gov.epidemic.personnel.api.FieldApi.Referral;
import cn.gov.epidemic.personnel.api.FieldApi.Release;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Key persons under home observation: registration, daily follow-ups, changes of the period (recorded, never
 * silent), and the end in release or referral. Temperatures and symptoms are health data: masked without
 * personnel:pii, and reads that reveal them are audited.
 */
@ApplicationScoped
public class KeyPersonService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "arrivedOn", "arrivedOn",
            "observationStart", "observationStart", "category", "category", "state", "state", "createdAt", "createdAt");

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    PersonnelConfig config;

    @Transactional
    public KeyPersonView register(@NotNull @Valid NewKeyPerson in, boolean reveal) {
        var d = Lookups.divisionField("divisionCode", in.divisionCode());
        if (!d.kind.isGrassroots()) {
            throw ProblemException.validation("divisionCode", Text.of("must be a gacha, village or community (observation is managed there)",
                    "必须是嘎查、村或社区（观察在基层管理）"));
        }
        LocalDate today = config.today();
        if (in.arrivedOn().isAfter(today)) throw ProblemException.validation("arrivedOn", Violations.NOT_IN_FUTURE_DAY);
        KeyPerson k = new KeyPerson();
        k.id = UUID.randomUUID();
        k.name = in.name();
        k.idCardNumber = in.idCardNumber() == null ? null : in.idCardNumber().toUpperCase();
        k.phone = in.phone();
        k.category = in.category();
        k.cameFrom = in.cameFrom();
        k.arrivedOn = in.arrivedOn();
        k.divisionCode = d.code;
        k.address = in.address();
        k.observationStart = in.observationStart() != null ? in.observationStart() : today;
        if (k.observationStart.isBefore(k.arrivedOn)) throw ProblemException.validation("observationStart", Violations.notBefore("arrivedOn"));
        k.observationDays = in.observationDays() != null ? in.observationDays() : config.observation().defaultDays();
        k.state = ObservationState.UNDER_OBSERVATION;
        k.sourceReference = in.sourceReference();
        k.createdAt = config.now();
        k.persist();
        outbox.publish(PersonnelEvents.OBSERVATION_STARTED, k.id, Views.keyPerson(k, false));
        audit.record("CREATE", "key-person", k.id, null);
        return Views.keyPerson(k, reveal);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KeyPersonView get(UUID id, boolean reveal) {
        KeyPerson k = keyPerson(id);
        if (reveal) audit.record("READ_PII", "key-person", id, null);
        return Views.keyPerson(k, reveal);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<KeyPersonView> list(ObservationState state, KeyPersonCategory category, String divisionCode, UUID referralId, PageQuery page, boolean reveal) {
        Filter f = Filter.where().eq("state", state).eq("category", category).within("divisionCode", divisionCode).eq("referralId", referralId);
        Page<KeyPersonView> result = Page.of(KeyPerson.<KeyPerson>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, k -> Views.keyPerson(k, reveal));
        if (reveal && !result.items().isEmpty()) audit.record("READ_PII", "key-person", null, "list of " + result.items().size());
        return result;
    }

    /**
     * Changes the period. Extending needs a reason; shortening needs the reason and an explicit confirmation, and
     * may not end the observation before today. Every change is recorded with who and when.
     */
    @Transactional
    public KeyPersonView changePeriod(@NotNull UUID id, @NotNull @Valid PeriodChange in, Long expectedVersion, boolean reveal) {
        KeyPerson k = keyPerson(id);
        ETags.check(expectedVersion, k.version);
        k.requireUnderObservation();
        int old = k.observationDays;
        if (in.days() == old) {
            throw ProblemException.rule(ServiceProblem.OBSERVATION_PERIOD_UNCHANGED, Text.format("The observation is already %d days.", "观察期已是 %d 天。", old));
        }
        if (in.days() < old) {
            if (!Boolean.TRUE.equals(in.confirmShortening())) {
                throw ProblemException.rule(ServiceProblem.OBSERVATION_SHORTENING_UNCONFIRMED, Text.format(
                        "Shortening the observation from %d to %d days needs confirmShortening=true.",
                        "将观察期从 %d 天缩短为 %d 天须发送 confirmShortening=true。", old, in.days()));
            }
            LocalDate newEnd = k.observationStart.plusDays(in.days() - 1L);
            if (newEnd.isBefore(config.today())) {
                throw ProblemException.rule(ServiceProblem.OBSERVATION_SHORTENING_TOO_FAR, Text.format(
                        "With %d days the observation would have ended on %s, before today.",
                        "按 %d 天计算，观察期将于 %s 结束，早于今天。", in.days(), newEnd));
            }
        }
        k.observationDays = in.days();
        ObservationChange c = new ObservationChange();
        c.keyPersonId = k.id;
        c.changedAt = config.now();
        c.changedBy = caller.name();
        c.oldDays = old;
        c.newDays = in.days();
        c.reason = in.reason();
        c.persist();
        em.flush();
        outbox.publish(PersonnelEvents.OBSERVATION_PERIOD_CHANGED, k.id, Views.change(c));
        audit.record("CHANGE_PERIOD", "key-person", k.id, old + " -> " + in.days() + " days");
        return Views.keyPerson(k, reveal);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeView> changes(UUID id) {
        keyPerson(id);
        return ObservationChange.<ObservationChange>list("keyPersonId = ?1 order by changedAt, id", id).stream().map(Views::change).toList();
    }

    @Transactional
    public FollowUpView followUp(@NotNull UUID id, @NotNull @Valid NewFollowUp in, boolean reveal) {
        KeyPerson k = keyPerson(id);
        k.requireUnderObservation();
        LocalDate today = config.today();
        LocalDate day = in.day() != null ? in.day() : today;
        if (day.isAfter(today)) throw ProblemException.validation("day", Violations.NOT_IN_FUTURE_DAY);
        if (day.isBefore(k.observationStart) || day.isAfter(k.observationEnd())) {
            throw ProblemException.validation("day", Text.format("must be within the observation (%s to %s)", "必须在观察期内（%s 至 %s）",
                    k.observationStart, k.observationEnd()));
        }
        if (FollowUp.count("keyPersonId = ?1 and day = ?2", k.id, day) > 0) {
            throw ProblemException.rule(ServiceProblem.FOLLOW_UP_EXISTS, Text.format("A follow-up for %s is already recorded.", "%s 的随访已记录。", day));
        }
        FollowUp f = new FollowUp();
        f.id = UUID.randomUUID();
        f.keyPersonId = k.id;
        f.day = day;
        f.temperature = in.temperature();
        f.symptoms = in.symptoms() == null ? "" : String.join(",", in.symptoms());
        f.recordedAt = config.now();
        f.recordedBy = caller.name();
        f.persist();
        outbox.publish(PersonnelEvents.FOLLOW_UP_RECORDED, k.id, Views.followUp(f, false));
        audit.record("FOLLOW_UP", "key-person", k.id, null);
        return Views.followUp(f, reveal);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpView> followUps(UUID id, boolean reveal) {
        keyPerson(id);
        if (reveal) audit.record("READ_PII", "key-person", id, "follow-ups");
        return FollowUp.<FollowUp>list("keyPersonId = ?1 order by day", id).stream().map(f -> Views.followUp(f, reveal)).toList();
    }

    @Transactional
    public KeyPersonView release(@NotNull UUID id, @NotNull @Valid Release in, Long expectedVersion, boolean reveal) {
        KeyPerson k = keyPerson(id);
        ETags.check(expectedVersion, k.version);
        k.release(config.today(), config.now(), in.reason());
        return ended(k, PersonnelEvents.OBSERVATION_RELEASED, "RELEASE", reveal);
    }

    @Transactional
    public KeyPersonView refer(@NotNull UUID id, @NotNull @Valid Referral in, Long expectedVersion, boolean reveal) {
        KeyPerson k = keyPerson(id);
        ETags.check(expectedVersion, k.version);
        k.refer(in.hospital(), config.now(), in.reason());
        return ended(k, PersonnelEvents.OBSERVATION_REFERRED, "REFER", reveal);
    }

    private KeyPersonView ended(KeyPerson k, EventType<KeyPersonView> event, String action, boolean reveal) {
        em.flush();
        outbox.publish(event, k.id, Views.keyPerson(k, false));
        audit.record(action, "key-person", k.id, null);
        return Views.keyPerson(k, reveal);
    }

    /** People under observation on {@code date} with no follow-up recorded for that day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<KeyPersonView> overdue(LocalDate date, String divisionCode, PageQuery page, boolean reveal) {
        LocalDate day = date != null ? date : config.today();
        String q = "from KeyPerson k where k.state = :state and k.observationStart <= :day"
                + " and not exists (select 1 from FollowUp f where f.keyPersonId = k.id and f.day = :day)"
                + (divisionCode != null ? " and k.divisionCode like :division" : "");
        Map<String, Object> p = new HashMap<>();
        p.put("state", ObservationState.UNDER_OBSERVATION);
        p.put("day", day);
        if (divisionCode != null) p.put("division", Filter.divisionPattern(divisionCode)); // the division and all under it
        // observationEnd is computed, so "day within the period" is filtered here rather than in the query
        List<KeyPersonView> all = KeyPerson.<KeyPerson>find(q, page.toSort(SORTS, "id"), p).list().stream()
                .filter(k -> !day.isAfter(k.observationEnd()))
                .map(k -> Views.keyPerson(k, reveal)).toList();
        if (reveal && !all.isEmpty()) audit.record("READ_PII", "key-person", null, "overdue list");
        return Page.ofList(all, page);
    }

    private static KeyPerson keyPerson(UUID id) {
        KeyPerson k = KeyPerson.findById(id);
        if (k == null) throw new ResourceNotFoundException(Text.of("Key person", "重点人员"), id);
        return k;
    }
}
