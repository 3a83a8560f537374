package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.checkpoint.Pass;
import cn.gov.epidemic.checkpoint.PassState;
import cn.gov.epidemic.checkpoint.api.PassApi;
import cn.gov.epidemic.checkpoint.api.PassApi.DispatchPassRefusal;
import cn.gov.epidemic.checkpoint.api.PassApi.NewEmergencyPass;
import cn.gov.epidemic.checkpoint.api.PassApi.NewPerson;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kit.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Flow 1, checkpoint side: a supplies dispatch gets its green-lane emergency-transport pass without anyone typing it
 * in. {@code dispatch.planned} issues the pass (one per dispatch, ever: a redelivered or re-published event finds it);
 * {@code dispatch.cancelled} revokes it; {@code dispatch.delivered} ends it, so the vehicle is free for its next
 * matter under the one-vehicle-one-pass rule. A dispatch the rules refuse (e.g. the vehicle already holds a pass)
 * gets {@code pass.dispatch-refused} with the reason instead of a pass. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class DispatchPasses {

    private static final Logger LOG = Logger.getLogger(DispatchPasses.class);
    static final String PREFIX = "cn.gov.epidemic.supplies.dispatch.";
    /** The plates supplies-service accepts, with the optional middle dot of printed plates (蒙L·A1234). */
    private static final Pattern PLATE = Pattern.compile(PassApi.PLATE);

    @Inject
    PassService passes;
    @Inject
    Outbox outbox;
    @Inject
    CheckpointConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent e) {
        if (e.type() == null || !e.type().startsWith(PREFIX) || e.data() == null) return;
        String what = e.type().substring(PREFIX.length());
        switch (what) {
            case "planned" -> issue(e.data());
            case "cancelled" -> end(e.data(), PassState.REVOKED, "dispatch cancelled: ");
            case "delivered" -> end(e.data(), PassState.USED, "dispatch delivered");
            default -> {
                // pass-recorded, departed: nothing to do here
            }
        }
    }

    private void issue(JsonNode d) {
        UUID dispatchId = uuid(d, "id");
        if (Pass.count("dispatchId", dispatchId) > 0) {
            LOG.debugf("dispatch %s already has its pass", dispatchId);
            return;
        }
        String plate = text(d, "vehiclePlate").replace("·", "");
        if (!PLATE.matcher(plate).matches()) throw new IllegalArgumentException("dispatch event with an invalid vehiclePlate");
        OffsetDateTime now = config.now();
        OffsetDateTime arrival = OffsetDateTime.parse(text(d, "expectedArrival"));
        OffsetDateTime until = arrival.plus(config.pass().dispatchGrace());
        if (!until.isAfter(now)) until = now.plus(config.pass().dispatchGrace());
        String recipient = text(d, "recipientName");
        NewEmergencyPass in = new NewEmergencyPass(plate, config.pass().dispatchIssuingBody(),
                new NewPerson(trim(text(d, "driverName"), 60), null, null),
                trim("应急物资配送 " + recipient + " (supplies dispatch " + dispatchId + ")", 300),
                trim(cargo(d), 300), trim(d.path("warehouseName").asText(""), 200), trim(text(d, "route"), 500), trim(recipient, 200),
                now.minusMinutes(5), until);
        try {
            passes.issueForDispatch(in, dispatchId);
        } catch (ProblemException refused) {
            // a rule of the pass (one vehicle, one matter, one pass; window too long): the dispatch is told why
            outbox.publish("dispatch", dispatchId, CheckpointEvents.PASS_DISPATCH_REFUSED,
                    new DispatchPassRefusal(dispatchId, plate, refused.slug(), refused.detail(), now));
            LOG.infof("no pass for dispatch %s: %s", dispatchId, refused.slug());
        }
    }

    private void end(JsonNode d, PassState state, String reason) {
        UUID dispatchId = uuid(d, "id");
        Pass p = Pass.find("dispatchId", dispatchId).firstResult();
        if (p == null || p.state != PassState.ACTIVE) return;
        String why = state == PassState.REVOKED ? reason + trim(d.path("cancelReason").asText(""), 250) : reason;
        passes.endForDispatch(p, state, why);
    }

    private static String cargo(JsonNode d) {
        List<String> lines = new ArrayList<>();
        d.path("lines").forEach(l -> lines.add((l.hasNonNull("itemName") ? l.get("itemName").asText() : l.path("itemId").asText()) + " × " + l.path("quantity").asInt()));
        return lines.isEmpty() ? "应急防疫物资" : String.join("、", lines);
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw new IllegalArgumentException("dispatch event without " + field);
        return n.asText();
    }

    private static String trim(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static UUID uuid(JsonNode d, String field) {
        try {
            return UUID.fromString(d.path(field).asText());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("dispatch event without a valid " + field);
        }
    }
}
