package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.PersonCategory;
import cn.gov.epidemic.personnel.SourceUnit;
import cn.gov.epidemic.personnel.api.PersonApi.NewPerson;
import cn.gov.epidemic.personnel.api.PersonApi.PersonView;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** People who can be deployed; reads that reveal personal data are audited. */
@ApplicationScoped
public class PersonService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "category", "category", "createdAt", "createdAt");

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;
    @Inject
    PersonnelConfig config;

    /** The event carries the masked record; the caller gets it unmasked only with {@code reveal} (personnel:pii). */
    @Transactional
    public PersonView register(@NotNull @Valid NewPerson in, boolean reveal) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.createdAt = config.now();
        apply(p, in);
        p.persist();
        outbox.publish(PersonnelEvents.PERSON_REGISTERED, p.id, Views.person(p, false));
        audit.record("CREATE", "person", p.id, null);
        return Views.person(p, reveal);
    }

    /** Full update (PUT); {@code expectedVersion} from If-Match, null to skip the check. */
    @Transactional
    public PersonView update(@NotNull UUID id, @NotNull @Valid NewPerson in, Long expectedVersion, boolean reveal) {
        Person p = Lookups.person(id);
        ETags.check(expectedVersion, p.version);
        apply(p, in);
        em.flush(); // the new version, for the ETag
        outbox.publish(PersonnelEvents.PERSON_UPDATED, p.id, Views.person(p, false));
        audit.record("UPDATE", "person", p.id, null);
        return Views.person(p, reveal);
    }

    private void apply(Person p, NewPerson in) {
        apply(p, in, "", id -> SourceUnit.findById(id), card -> Person.count("idCardNumber = ?1 and id <> ?2", card, p.id) > 0);
    }

    /**
     * The rules of a person's details and their copy onto {@code p}, with the lookups given: a single request's from the
     * database, a bulk import's from what it read for all its rows at once ({@code field} prefixes the fields named).
     */
    void apply(Person p, NewPerson in, String field, Function<UUID, SourceUnit> units, Predicate<String> idCardTaken) {
        if (in.unitId() != null) Lookups.unitField(field + "unitId", in.unitId(), units);
        if (in.idCardNumber() != null && idCardTaken.test(in.idCardNumber().toUpperCase())) {
            throw ProblemException.rule(ServiceProblem.ID_CARD_NUMBER_TAKEN,
                    Text.of("Another person is registered with this ID-card number.", "已有其他人员使用该身份证号码登记。"));
        }
        p.name = in.name();
        p.category = in.category();
        p.unitId = in.unitId();
        p.partyMember = Boolean.TRUE.equals(in.partyMember());
        p.idCardNumber = in.idCardNumber() == null ? null : in.idCardNumber().toUpperCase();
        p.phone = in.phone();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonView get(UUID id, boolean reveal) {
        Person p = Lookups.person(id);
        if (reveal) audit.record("READ_PII", "person", id, null);
        return Views.person(p, reveal);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonView> list(PersonCategory category, UUID unitId, String name, PageQuery page, boolean reveal) {
        Filter f = Filter.where().eq("category", category).eq("unitId", unitId).contains("name", name);
        Page<PersonView> result = Page.of(Person.<Person>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, p -> Views.person(p, reveal));
        if (reveal && !result.items().isEmpty()) {
            audit.record("READ_PII", "person", null, "list of " + result.items().size());
        }
        return result;
    }
}
