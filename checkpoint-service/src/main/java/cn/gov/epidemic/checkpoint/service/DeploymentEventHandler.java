package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.checkpoint.Staffing;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.StaffingChange;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.consumer.DeploymentEvent;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.kit.messaging.Received;
import cn.gov.epidemic.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The staffing read model, fed by personnel-service's deployment events: a deployment to a checkpoint that becomes
 * ACTIVE puts its person on duty there; relieved or cancelled takes them off. Runs inside the consumer's
 * transaction (which also records the event id, so a redelivery has no second effect).
 */
@ApplicationScoped
public class DeploymentEventHandler {

    private static final Logger LOG = Logger.getLogger(DeploymentEventHandler.class);

    @Inject
    Outbox outbox;
    @Inject
    CheckpointConfig config;

    /** deployment.activated: the person is on duty at the checkpoint. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activated(DeploymentEvent d) {
        if (!d.atCheckpoint()) return;
        OffsetDateTime now = config.now();
        Staffing s = Staffing.findById(d.id());
        if (s == null) {
            s = new Staffing();
            s.deploymentId = d.id();
        }
        s.checkpointId = d.checkpointId();
        s.personId = d.personId();
        s.personName = Received.cut(d.personName(), 60);
        s.workGroup = Received.cut(d.workGroup(), 120);
        s.duties = Received.cut(String.join(",", Objects.requireNonNullElse(d.duties(), List.of())), 400);
        s.onDutySince = d.activatedAt() != null ? d.activatedAt() : now;
        s.updatedAt = now;
        s.persist();
        changed(d, "ON_DUTY");
    }

    /** deployment.relieved or deployment.cancelled: the person is off duty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(DeploymentEvent d) {
        if (!d.atCheckpoint()) return;
        Staffing.deleteById(d.id());
        changed(d, "OFF_DUTY");
    }

    private void changed(DeploymentEvent d, String change) {
        Staffing.getEntityManager().flush();
        UUID checkpointId = d.checkpointId();
        int count = (int) Staffing.count("checkpointId", checkpointId);
        outbox.publish(CheckpointEvents.STAFFING_CHANGED, checkpointId,
                new StaffingChange(checkpointId, d.id(), d.personId(), Received.cut(d.personName(), 60), change, count));
        LOG.debugf("staffing: deployment %s %s at checkpoint %s", d.id(), change, checkpointId);
    }
}
