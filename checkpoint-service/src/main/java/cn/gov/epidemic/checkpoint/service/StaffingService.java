package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.checkpoint.Staffing;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.StaffingChange;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.outbox.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The staffing read model, fed by personnel-service's deployment events: a deployment to a checkpoint that becomes
 * ACTIVE puts its person on duty there; relieved or cancelled takes them off. Runs inside the consumer's
 * transaction (which also records the event id, so a redelivery has no second effect).
 */
@ApplicationScoped
public class StaffingService {

    private static final Logger LOG = Logger.getLogger(StaffingService.class);
    static final String PREFIX = "cn.gov.epidemic.personnel.deployment.";

    @Inject
    Outbox outbox;
    @Inject
    CheckpointConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent e) {
        String what = e.typeAfter(PREFIX);
        if (!"activated".equals(what) && !"relieved".equals(what) && !"cancelled".equals(what)) return;
        JsonNode d = e.data();
        if (!"CHECKPOINT".equals(d.path("destinationType").asText())) return;
        UUID deploymentId = e.uuid("id");
        UUID checkpointId = e.uuid("checkpointId");
        UUID personId = e.uuid("personId");
        String name = e.optionalText("personName", 60);
        OffsetDateTime now = config.now();
        String change;
        if (what.equals("activated")) {
            Staffing s = Staffing.findById(deploymentId);
            if (s == null) {
                s = new Staffing();
                s.deploymentId = deploymentId;
            }
            s.checkpointId = checkpointId;
            s.personId = personId;
            s.personName = name;
            s.workGroup = e.optionalText("workGroup", 120);
            List<String> duties = new ArrayList<>();
            d.path("duties").forEach(x -> duties.add(x.asText()));
            s.duties = IncomingEvent.cut(String.join(",", duties), 400);
            s.onDutySince = d.path("activatedAt").isTextual() ? OffsetDateTime.parse(d.path("activatedAt").asText()) : now;
            s.updatedAt = now;
            s.persist();
            change = "ON_DUTY";
        } else {
            Staffing.deleteById(deploymentId);
            change = "OFF_DUTY";
        }
        Staffing.getEntityManager().flush();
        int count = (int) Staffing.count("checkpointId", checkpointId);
        outbox.publish("checkpoint", checkpointId, CheckpointEvents.STAFFING_CHANGED,
                new StaffingChange(checkpointId, deploymentId, personId, name, change, count));
        LOG.debugf("staffing: deployment %s %s at checkpoint %s", deploymentId, change, checkpointId);
    }
}
