package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.checkpoint.Checkpoint;
import cn.gov.epidemic.checkpoint.Referral;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewInspection;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.bulk.ImportBatch;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bulk import of inspections: each row decided by {@link InspectionService}'s own rules (an OPEN checkpoint, the
 * pass verified, fevers referred) against the checkpoints of all rows read in one query; then the inspections, their
 * referrals, their events and audit rows written in JDBC batches, in one transaction with the batch's Idempotency-Key.
 */
@ApplicationScoped
public class InspectionImportService {

    @Inject
    InspectionService inspections;
    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;

    @Transactional
    public void importInspections(ImportBatch<NewInspection> batch) {
        // JDBC batches for this transaction only: the single POSTs stay unbatched, so that a database lost in the middle
        // of their write surfaces as the driver's SQLException (a 503), where pgjdbc's batch path throws an AssertionError
        em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(100);
        Set<UUID> ids = new HashSet<>();
        for (ImportBatch.Row<NewInspection> r : batch.rows()) ids.add(r.value().checkpointId());
        Map<UUID, Checkpoint> checkpoints = new HashMap<>();
        Checkpoint.<Checkpoint>list("id in ?1", ids).forEach(c -> checkpoints.put(c.id, c));

        List<ImportBatch.Row<NewInspection>> accepted = new ArrayList<>();
        List<InspectionService.Prepared> prepared = new ArrayList<>();
        for (ImportBatch.Row<NewInspection> r : batch.rows()) {
            try {
                prepared.add(inspections.prepare(r.value(), "", checkpoints::get));
                accepted.add(r);
            } catch (ProblemException e) {
                batch.refused(r, e);
            }
        }
        // inspections first, then referrals: Hibernate batches consecutive inserts into one table
        for (InspectionService.Prepared p : prepared) p.inspection().persist();
        for (InspectionService.Prepared p : prepared) p.referrals().forEach(r -> r.persist());
        em.flush();
        List<Outbox.Event<?>> events = new ArrayList<>();
        List<Audit.Entry> entries = new ArrayList<>(prepared.size());
        for (InspectionService.Prepared p : prepared) {
            events.add(new Outbox.Event<>(CheckpointEvents.INSPECTION_RECORDED, p.inspection().id, inspections.view(p)));
            for (Referral r : p.referrals()) events.add(new Outbox.Event<>(CheckpointEvents.REFERRAL_OPENED, r.id, inspections.opened(r)));
            entries.add(new Audit.Entry("CREATE", "inspection", p.inspection().id, p.inspection().outcome.name()));
        }
        outbox.publishAll(events);
        audit.recordAll(entries);
        for (int i = 0; i < accepted.size(); i++) {
            InspectionService.Prepared p = prepared.get(i);
            batch.created(accepted.get(i), p.inspection().id, p.referrals().stream().map(r -> r.id).toList());
        }
    }
}
