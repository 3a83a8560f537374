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
        if (e.type() == null || !e.type().startsWith(PREFIX) || e.data() == null) return;
        String what = e.type().substring(PREFIX.length());
        if (!what.equals("activated") && !what.equals("relieved") && !what.equals("cancelled")) return;
        JsonNode d = e.data();
        if (!"CHECKPOINT".equals(d.path("destinationType").asText())) return;
        UUID deploymentId = uuid(d, "id");
        UUID checkpointId = uuid(d, "checkpointId");
        UUID personId = uuid(d, "personId");
        String name = d.path("personName").isTextual() ? d.path("personName").asText() : null;
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
            s.personName = name == null ? null : name.length() > 60 ? name.substring(0, 60) : name;
            s.workGroup = d.path("workGroup").isTextual() ? trim(d.path("workGroup").asText(), 120) : null;
            List<String> duties = new ArrayList<>();
            d.path("duties").forEach(x -> duties.add(x.asText()));
            s.duties = trim(String.join(",", duties), 400);
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

    private static String trim(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static UUID uuid(JsonNode d, String field) {
        try {
            return UUID.fromString(d.path(field).asText());
        } catch (IllegalArgumentException ex) {
            // malformed: the consumer dead-letters it at once
            throw new IllegalArgumentException("deployment event without a valid " + field);
        }
    }
}
