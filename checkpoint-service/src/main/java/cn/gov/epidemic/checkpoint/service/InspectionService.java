package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.checkpoint.Checkpoint;
import cn.gov.epidemic.checkpoint.CheckpointState;
import cn.gov.epidemic.checkpoint.Inspection;
import cn.gov.epidemic.checkpoint.InspectionOutcome;
import cn.gov.epidemic.checkpoint.Referral;
import cn.gov.epidemic.checkpoint.ReferralState;
import cn.gov.epidemic.checkpoint.api.InspectionApi.InspectionView;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewHandover;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewInspection;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewOccupant;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewTransfer;
import cn.gov.epidemic.checkpoint.api.InspectionApi.ReferralView;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.checkpoint.event.ReferralOpened;
import cn.gov.epidemic.checkpoint.mapping.Views;
import cn.gov.epidemic.checkpoint.mapping.Views.StoredOccupant;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kit.sealing.Sealing;
import cn.gov.epidemic.kit.sealing.SealingKeys;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Inspections, the hottest write path: the checkpoint lookup and the pass verification (CPU and one read) happen
 * before, and the write is one short transaction: the inspection row (occupants inline), one referral per fever,
 * their outbox rows and the audit row. Daily statistics are computed from the rows, so no counter is contended.
 */
@ApplicationScoped
public class InspectionService {

    private static final Map<String, Object> READ_ONLY = Map.of(HibernateHints.HINT_READ_ONLY, true);
    private static final Map<String, String> SORTS = Map.of("inspectedAt", "inspectedAt", "plate", "plate", "outcome", "outcome");

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    CheckpointConfig config;
    @Inject
    PassService passes;
    @Inject
    Sealing sealing;

    public InspectionView record(@NotNull @Valid NewInspection in) {
        // read-only: the checkpoint is only looked at, so Hibernate keeps no snapshot of it to compare at every flush
        Prepared p = prepare(in, "", id -> QuarkusTransaction.joiningExisting().call(() -> em.find(Checkpoint.class, id, READ_ONLY)));

        // with an Idempotency-Key this joins the key's transaction (never a new one): the inspection and the stored
        // response commit together, so a retry after a crash finds both or neither, and a request holds one connection
        return QuarkusTransaction.joiningExisting().call(() -> {
            p.inspection().persist();
            for (Referral r : p.referrals()) r.persist();
            em.flush();
            InspectionView v = view(p);
            outbox.publish(CheckpointEvents.INSPECTION_RECORDED, p.inspection().id, v);
            for (Referral r : p.referrals()) outbox.publish(CheckpointEvents.REFERRAL_OPENED, r.id, opened(r));
            audit.record("CREATE", "inspection", p.inspection().id, p.inspection().outcome.name());
            return v;
        });
    }

    /** An inspection decided and built, with its referrals, not yet persisted. */
    record Prepared(Inspection inspection, List<StoredOccupant> occupants, List<Referral> referrals) {
    }

    /**
     * The rules of an inspection (an OPEN checkpoint, the pass verified) and the inspection and referrals they make, not
     * yet persisted, with the checkpoint lookup given: a single request's from the database, a bulk import's from the
     * checkpoints read for all its rows at once ({@code field} prefixes the fields named).
     */
    Prepared prepare(NewInspection in, String field, Function<UUID, Checkpoint> checkpoints) {
        Checkpoint cp = Lookups.checkpointField(field + "checkpointId", in.checkpointId(), checkpoints);
        if (cp.state != CheckpointState.OPEN) {
            throw ProblemException.rule(ServiceProblem.CHECKPOINT_NOT_OPEN, Text.format(
                    "Checkpoint %s is %s; inspections are recorded at an OPEN checkpoint.", "卡口 %s 处于 %s 状态；只能在开放（OPEN）的卡口登记检查。", cp.code, cp.state));
        }
        OffsetDateTime now = config.now();
        PassService.Verified verified = in.passCode() == null ? null
                : passes.verify(in.passCode(), in.plate(), in.occupants().size(), now.toInstant());

        BigDecimal threshold = config.feverThreshold();
        List<StoredOccupant> occupants = new ArrayList<>(in.occupants().size());
        int fevers = 0;
        for (NewOccupant o : in.occupants()) {
            boolean fever = o.temperature().compareTo(threshold) >= 0;
            if (fever) fevers++;
            occupants.add(new StoredOccupant(o.role(), o.name(), o.idCardNumber(), o.phone(), o.temperature(), fever));
        }
        boolean passRefused = verified != null && !verified.view().valid();
        InspectionOutcome outcome = fevers > 0 ? InspectionOutcome.REFERRED
                : passRefused || Boolean.TRUE.equals(in.turnedBack()) ? InspectionOutcome.TURNED_BACK : InspectionOutcome.PASSED;

        Inspection i = new Inspection();
        i.id = UUID.randomUUID();
        i.checkpointId = cp.id;
        i.inspectedAt = now;
        i.day = now.atZoneSameInstant(config.zone()).toLocalDate();
        i.plate = in.plate();
        i.vehicleKind = in.vehicleKind();
        i.origin = in.origin();
        i.destination = in.destination();
        i.destinationDivisionCode = in.destinationDivisionCode();
        i.passId = verified == null ? null : verified.passId();
        i.passResult = verified == null ? null : verified.view().reason().name();
        i.occupantCount = occupants.size();
        i.feverCount = fevers;
        i.occupants = Views.occupantsJson(occupants);
        i.outcome = outcome;
        i.note = in.note();
        i.inspector = caller.name();
        String hospital = in.hospital() != null ? in.hospital()
                : cp.designatedHospital != null ? cp.designatedHospital : config.defaultHospital();

        List<Referral> referrals = new ArrayList<>();
        for (StoredOccupant o : occupants) {
            if (!o.fever()) continue;
            Referral r = new Referral();
            r.id = UUID.randomUUID();
            r.inspectionId = i.id;
            r.checkpointId = cp.id;
            r.personName = o.name();
            r.idCardNumber = o.idCardNumber();
            r.phone = o.phone();
            r.temperature = o.temperature();
            r.hospital = hospital;
            r.plate = i.plate;
            r.origin = i.origin;
            r.destination = i.destination;
            r.destinationDivisionCode = i.destinationDivisionCode;
            r.state = ReferralState.DETECTED;
            r.detectedAt = now;
            r.createdAt = now;
            referrals.add(r);
        }
        return new Prepared(i, occupants, referrals);
    }

    /** The answer and the event of a prepared inspection. */
    InspectionView view(Prepared p) {
        return Views.inspection(p.inspection(), p.occupants(), p.referrals().stream().map(r -> r.id).toList());
    }

    /**
     * Flow 3's event: the referral masked, and the phone sealed for personnel-service alone, so the community the
     * traveller is heading for can call them while the broker, its copies and its readers never see the number.
     */
    ReferralOpened opened(Referral r) {
        return new ReferralOpened(Views.referral(r), sealing.keys().seal(SealingKeys.context("referral", r.id, "phone"), r.phone));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionView get(UUID id) {
        Inspection i = Inspection.findById(id);
        if (i == null) throw new cn.gov.epidemic.kitweb.problem.ResourceNotFoundException(Text.of("Inspection", "检查记录"), id);
        return view(i);
    }

    private InspectionView view(Inspection i) {
        List<UUID> referrals = Referral.<Referral>list("inspectionId = ?1 order by id", i.id).stream().map(r -> r.id).toList();
        return Views.inspection(i, Views.occupants(i.occupants), referrals);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionView> list(UUID checkpointId, LocalDate day, InspectionOutcome outcome, String plate, PageQuery page) {
        Filter f = Filter.where().eq("checkpointId", checkpointId).eq("day", day).eq("outcome", outcome).eq("plate", plate);
        return Page.of(Inspection.<Inspection>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, this::view);
    }

    @Transactional
    public ReferralView startTransfer(@NotNull UUID id, @NotNull @Valid NewTransfer in, Long expectedVersion) {
        Referral r = Lookups.referral(id);
        ETags.check(expectedVersion, r.version);
        r.startTransfer(in.hospital(), in.transferredBy(), config.now());
        return finish(r, CheckpointEvents.REFERRAL_TRANSFER_STARTED, "TRANSFER");
    }

    @Transactional
    public ReferralView handOver(@NotNull UUID id, @NotNull @Valid NewHandover in, Long expectedVersion) {
        Referral r = Lookups.referral(id);
        ETags.check(expectedVersion, r.version);
        r.handOver(in.receivedBy(), config.now());
        return finish(r, CheckpointEvents.REFERRAL_HANDED_OVER, "HANDOVER");
    }

    private ReferralView finish(Referral r, EventType<ReferralView> type, String action) {
        em.flush();
        ReferralView v = Views.referral(r);
        outbox.publish(type, r.id, v);
        audit.record(action, "referral", r.id, r.state.name());
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferralView referral(UUID id) {
        return Views.referral(Lookups.referral(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReferralView> referrals(UUID checkpointId, ReferralState state, PageQuery page) {
        Filter f = Filter.where().eq("checkpointId", checkpointId).eq("state", state);
        return Page.of(Referral.<Referral>find(f.query(), page.toSort(Map.of("detectedAt", "detectedAt", "state", "state"), "id"), f.params()),
                page, Views::referral);
    }
}
