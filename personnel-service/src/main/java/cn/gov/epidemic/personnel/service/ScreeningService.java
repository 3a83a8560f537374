package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.bulk.ImportBatch;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.ScreeningOutcome;
import cn.gov.epidemic.personnel.ScreeningVisit;
import cn.gov.epidemic.personnel.api.FieldApi.NewScreeningVisit;
import cn.gov.epidemic.personnel.api.FieldApi.VisitView;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Household screening visits (入户排查) in villages and communities. */
@ApplicationScoped
public class ScreeningService {

    private static final Map<String, String> SORTS = Map.of("visitedAt", "visitedAt", "household", "household", "outcome", "outcome");

    @Inject
    Outbox outbox;
    @Inject
    PersonnelConfig config;
    @Inject
    EntityManager em;

    @Transactional
    public VisitView record(@NotNull @Valid NewScreeningVisit in) {
        ScreeningVisit v = newVisit(in, "", code -> Division.findById(code), id -> Person.findById(id));
        v.persist();
        VisitView view = Views.visit(v);
        outbox.publish(PersonnelEvents.SCREENING_VISIT_RECORDED, v.id, view);
        return view;
    }

    /**
     * A bulk import of visits: each row checked with the rules of {@link #record}, against the divisions and workers
     * read for all rows at once; the accepted visits and their events in one JDBC batch each. Runs in the transaction
     * of the batch's Idempotency-Key.
     */
    @Transactional
    public void importVisits(ImportBatch<NewScreeningVisit> batch) {
        // JDBC batches for this transaction only: the single POSTs stay unbatched, so that a database lost in the middle
        // of their write surfaces as the driver's SQLException (a 503), where pgjdbc's batch path throws an AssertionError
        em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(100);
        Set<String> codes = new HashSet<>();
        Set<UUID> workerIds = new HashSet<>();
        for (ImportBatch.Row<NewScreeningVisit> r : batch.rows()) {
            codes.add(r.value().divisionCode());
            if (r.value().workerId() != null) workerIds.add(r.value().workerId());
        }
        Map<String, Division> divisions = new HashMap<>();
        Division.<Division>list("code in ?1", codes).forEach(d -> divisions.put(d.code, d));
        Map<UUID, Person> workers = new HashMap<>();
        if (!workerIds.isEmpty()) Person.<Person>list("id in ?1", workerIds).forEach(p -> workers.put(p.id, p));
        List<ScreeningVisit> visits = new ArrayList<>();
        List<ImportBatch.Row<NewScreeningVisit>> accepted = new ArrayList<>();
        for (ImportBatch.Row<NewScreeningVisit> r : batch.rows()) {
            try {
                visits.add(newVisit(r.value(), "", divisions::get, workers::get));
                accepted.add(r);
            } catch (ProblemException e) {
                batch.refused(r, e);
            }
        }
        List<Outbox.Event<?>> events = new ArrayList<>(visits.size());
        for (ScreeningVisit v : visits) {
            v.persist();
            events.add(new Outbox.Event<>(PersonnelEvents.SCREENING_VISIT_RECORDED, v.id, Views.visit(v)));
        }
        em.flush();
        outbox.publishAll(events);
        for (int i = 0; i < accepted.size(); i++) batch.created(accepted.get(i), visits.get(i).id, List.of());
    }

    /** The rules of a visit and the visit they allow, not yet persisted, with the lookups given ({@code field} prefixes the fields named). */
    private ScreeningVisit newVisit(NewScreeningVisit in, String field, Function<String, Division> divisions, Function<UUID, Person> persons) {
        Division d = Lookups.divisionField(field + "divisionCode", in.divisionCode(), divisions);
        if (!d.kind.isGrassroots()) {
            throw ProblemException.validation(field + "divisionCode", Text.of("must be a gacha, village or community (households are screened there)",
                    "必须是嘎查、村或社区（入户排查在基层进行）"));
        }
        if (in.workerId() != null) Lookups.personField(field + "workerId", in.workerId(), persons);
        if (in.visitedAt().isAfter(config.now().plusMinutes(5))) {
            throw ProblemException.validation(field + "visitedAt", Violations.NOT_IN_FUTURE);
        }
        ScreeningVisit v = new ScreeningVisit();
        v.id = UUID.randomUUID();
        v.divisionCode = d.code;
        v.household = in.household();
        v.visitedAt = in.visitedAt();
        v.workerId = in.workerId();
        v.residents = in.residents();
        v.outcome = in.outcome();
        v.notes = in.notes();
        v.createdAt = config.now();
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VisitView> list(String divisionCode, ScreeningOutcome outcome, UUID workerId, PageQuery page) {
        Filter f = Filter.where().within("divisionCode", divisionCode).eq("outcome", outcome).eq("workerId", workerId);
        return Page.of(ScreeningVisit.<ScreeningVisit>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, Views::visit);
    }
}
