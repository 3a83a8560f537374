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
        String what = e.typeAfter(PREFIX);
        if (what == null) return;
        switch (what) {
            case "planned" -> issue(e);
            case "cancelled" -> end(e, PassState.REVOKED, "dispatch cancelled: " + java.util.Objects.requireNonNullElse(e.optionalText("cancelReason", 250), ""));
            case "delivered" -> end(e, PassState.USED, "dispatch delivered");
            default -> {
                // pass-recorded, departed: nothing to do here
            }
        }
    }

    private void issue(IncomingEvent e) {
        UUID dispatchId = e.uuid("id");
        if (Pass.count("dispatchId", dispatchId) > 0) {
            LOG.debugf("dispatch %s already has its pass", dispatchId);
            return;
        }
        String plate = e.text("vehiclePlate").replace("·", "");
        if (!PLATE.matcher(plate).matches()) throw new IllegalArgumentException("dispatch event with an invalid vehiclePlate");
        OffsetDateTime now = config.now();
        OffsetDateTime arrival;
        try {
            arrival = OffsetDateTime.parse(e.text("expectedArrival"));
        } catch (java.time.format.DateTimeParseException ex) {
            throw new IllegalArgumentException("dispatch event " + e.id() + " with an invalid expectedArrival");
        }
        OffsetDateTime until = arrival.plus(config.pass().dispatchGrace());
        if (!until.isAfter(now)) until = now.plus(config.pass().dispatchGrace());
        String recipient = e.text("recipientName");
        NewEmergencyPass in = new NewEmergencyPass(plate, config.pass().dispatchIssuingBody(),
                new NewPerson(IncomingEvent.cut(e.text("driverName"), 60), null, null),
                IncomingEvent.cut("应急物资配送 " + recipient + " (supplies dispatch " + dispatchId + ")", 300),
                IncomingEvent.cut(cargo(e.data()), 300), e.optionalText("warehouseName", 200), IncomingEvent.cut(e.text("route"), 500),
                IncomingEvent.cut(recipient, 200), now.minusMinutes(5), until);
        try {
            passes.issueForDispatch(in, dispatchId);
        } catch (ProblemException refused) {
            // a rule of the pass (one vehicle, one matter, one pass; window too long): the dispatch is told why
            outbox.publish("dispatch", dispatchId, CheckpointEvents.PASS_DISPATCH_REFUSED,
                    new DispatchPassRefusal(dispatchId, plate, refused.slug(), refused.detail(), now));
            LOG.infof("no pass for dispatch %s: %s", dispatchId, refused.slug());
        }
    }

    private void end(IncomingEvent e, PassState state, String reason) {
        Pass p = Pass.find("dispatchId", e.uuid("id")).firstResult();
        if (p == null || p.state != PassState.ACTIVE) return;
        passes.endForDispatch(p, state, reason);
    }

    private static String cargo(JsonNode d) {
        List<String> lines = new ArrayList<>();
        d.path("lines").forEach(l -> lines.add((l.hasNonNull("itemName") ? l.get("itemName").asText() : l.path("itemId").asText()) + " × " + l.path("quantity").asInt()));
        return lines.isEmpty() ? "应急防疫物资" : String.join("、", lines);
    }
}
