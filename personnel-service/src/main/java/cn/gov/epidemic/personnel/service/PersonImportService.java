package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.bulk.ImportBatch;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.personnel.Deployment;
import cn.gov.epidemic.personnel.DeploymentPlan;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.SourceUnit;
import cn.gov.epidemic.personnel.api.ImportApi.PersonDeployment;
import cn.gov.epidemic.personnel.api.ImportApi.PersonImport;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bulk import of people with their deployments: every row is decided first, with the rules of
 * {@link PersonService#register} and {@link DeploymentService#create} against what all rows name, read in one query
 * per kind; then the accepted rows are written, people first, then deployments, each kind in JDBC batches, with
 * the same events and audit rows as the single POSTs, in one transaction with the batch's Idempotency-Key.
 */
@ApplicationScoped
public class PersonImportService {

    @Inject
    PersonService people;
    @Inject
    DeploymentService deployments;
    @Inject
    ObservationAssignments observations;
    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;
    @Inject
    PersonnelConfig config;

    private record Accepted(ImportBatch.Row<PersonImport> row, Person person, List<Deployment> deployments, List<Boolean> activate) {
    }

    @Transactional
    public void importPeople(ImportBatch<PersonImport> batch) {
        // JDBC batches for this transaction only: the single POSTs stay unbatched, so that a database lost in the middle
        // of their write surfaces as the driver's SQLException (a 503), where pgjdbc's batch path throws an AssertionError
        em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(100);
        Set<UUID> unitIds = new HashSet<>(), planIds = new HashSet<>();
        Set<String> codes = new HashSet<>(), idCards = new HashSet<>();
        for (ImportBatch.Row<PersonImport> r : batch.rows()) {
            if (r.value().person().unitId() != null) unitIds.add(r.value().person().unitId());
            if (r.value().person().idCardNumber() != null) idCards.add(r.value().person().idCardNumber().toUpperCase());
            for (PersonDeployment d : r.value().deploymentsOrNone()) {
                if (d.planId() != null) planIds.add(d.planId());
                if (d.divisionCode() != null) codes.add(d.divisionCode());
            }
        }
        Map<UUID, SourceUnit> units = new HashMap<>();
        if (!unitIds.isEmpty()) SourceUnit.<SourceUnit>list("id in ?1", unitIds).forEach(u -> units.put(u.id, u));
        Set<UUID> plans = new HashSet<>();
        if (!planIds.isEmpty()) DeploymentPlan.<DeploymentPlan>list("id in ?1", planIds).forEach(p -> plans.add(p.id));
        Map<String, Division> divisions = new HashMap<>();
        if (!codes.isEmpty()) Division.<Division>list("code in ?1", codes).forEach(d -> divisions.put(d.code, d));
        Set<String> taken = new HashSet<>();
        if (!idCards.isEmpty()) {
            em.createQuery("select p.idCardNumber from Person p where p.idCardNumber in ?1", String.class)
                    .setParameter(1, idCards).getResultList().forEach(taken::add);
        }

        List<Accepted> accepted = new ArrayList<>();
        for (ImportBatch.Row<PersonImport> r : batch.rows()) {
            try {
                Person p = new Person();
                p.id = UUID.randomUUID();
                p.createdAt = config.now();
                // an ID-card number of an earlier row of this batch is taken as if that row were already registered
                people.apply(p, r.value().person(), "person.", units::get, taken::contains);
                List<Deployment> ds = new ArrayList<>();
                List<Boolean> activate = new ArrayList<>();
                List<PersonDeployment> rows = r.value().deploymentsOrNone();
                for (int i = 0; i < rows.size(); i++) {
                    PersonDeployment in = rows.get(i);
                    ds.add(deployments.newDeployment(in.of(p.id), "deployments[" + i + "].", divisions::get, plans::contains));
                    boolean now = Boolean.TRUE.equals(in.activateNow());
                    if (now && activate.contains(Boolean.TRUE)) throw DeploymentService.alreadyDeployed(p.id);
                    activate.add(now);
                }
                if (p.idCardNumber != null) taken.add(p.idCardNumber);
                accepted.add(new Accepted(r, p, ds, activate));
            } catch (ProblemException e) {
                batch.refused(r, e);
            }
        }
        write(batch, accepted);
    }

    /** People first, then deployments: Hibernate batches consecutive inserts into one table, so the kinds are not interleaved. */
    private void write(ImportBatch<PersonImport> batch, List<Accepted> accepted) {
        List<Outbox.Event<?>> events = new ArrayList<>();
        List<Audit.Entry> entries = new ArrayList<>();
        for (Accepted a : accepted) {
            a.person().persist();
            events.add(new Outbox.Event<>(PersonnelEvents.PERSON_REGISTERED, a.person().id, Views.person(a.person(), false)));
            entries.add(new Audit.Entry("CREATE", "person", a.person().id, null));
        }
        List<Deployment> active = new ArrayList<>();
        OffsetDateTime now = config.now();
        for (Accepted a : accepted) {
            for (int i = 0; i < a.deployments().size(); i++) {
                Deployment d = a.deployments().get(i);
                d.persist();
                events.add(new Outbox.Event<>(PersonnelEvents.DEPLOYMENT_PLANNED, d.id, Views.deployment(d, a.person().name)));
                if (a.activate().get(i)) {
                    // a new person has no other deployment: the single POST's check for an active one has nothing to find
                    d.activate(now);
                    events.add(new Outbox.Event<>(PersonnelEvents.DEPLOYMENT_ACTIVATED, d.id, Views.deployment(d, a.person().name)));
                    active.add(d);
                }
                entries.add(new Audit.Entry("CREATE", "deployment", d.id, d.state.name()));
            }
        }
        em.flush();
        outbox.publishAll(events);
        observations.officersArrived(active);
        audit.recordAll(entries);
        for (Accepted a : accepted) {
            batch.created(a.row(), a.person().id, a.deployments().stream().map(d -> d.id).toList());
        }
    }
}
