package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.checkpoint.Pass;
import cn.gov.epidemic.checkpoint.PassState;
import cn.gov.epidemic.checkpoint.api.PassApi;
import cn.gov.epidemic.checkpoint.api.PassApi.DispatchPassRefusal;
import cn.gov.epidemic.checkpoint.api.PassApi.NewEmergencyPass;
import cn.gov.epidemic.checkpoint.api.PassApi.NewPerson;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.consumer.DispatchEvent;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.kit.messaging.Received;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
public class DispatchEventHandler {

    private static final Logger LOG = Logger.getLogger(DispatchEventHandler.class);
    /** The plates supplies-service accepts, with the optional middle dot of printed plates (蒙L·A1234). */
    private static final Pattern PLATE = Pattern.compile(PassApi.PLATE);

    @Inject
    PassService passes;
    @Inject
    Outbox outbox;
    @Inject
    CheckpointConfig config;

    /** dispatch.planned: the green-lane pass, or pass.dispatch-refused with the rule that refused it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planned(DispatchEvent d) {
        UUID dispatchId = d.id();
        if (passes.dispatchHasPass(dispatchId)) {
            LOG.debugf("dispatch %s already has its pass", dispatchId);
            return;
        }
        String plate = d.vehiclePlate().replace("·", "");
        if (!PLATE.matcher(plate).matches()) throw new IllegalArgumentException("dispatch event with an invalid vehiclePlate");
        OffsetDateTime now = config.now();
        OffsetDateTime until = d.expectedArrival().plus(config.pass().dispatchGrace());
        if (!until.isAfter(now)) until = now.plus(config.pass().dispatchGrace());
        String recipient = d.recipientName();
        NewEmergencyPass in = new NewEmergencyPass(plate, config.pass().dispatchIssuingBody(),
                new NewPerson(Received.cut(d.driverName(), 60), null, null),
                Received.cut("应急物资配送 " + recipient + " (supplies dispatch " + dispatchId + ")", 300),
                Received.cut(cargo(d.lines()), 300), Received.cut(d.warehouseName(), 200), Received.cut(d.route(), 500),
                Received.cut(recipient, 200), now.minusMinutes(5), until);
        try {
            passes.issueForDispatch(in, dispatchId);
        } catch (ProblemException refused) {
            // a rule of the pass (one vehicle, one matter, one pass; window too long): the dispatch is told why
            outbox.publish(CheckpointEvents.PASS_DISPATCH_REFUSED, dispatchId,
                    new DispatchPassRefusal(dispatchId, plate, refused.slug(), refused.detail(), now));
            LOG.infof("no pass for dispatch %s: %s", dispatchId, refused.slug());
        }
    }

    /** dispatch.cancelled: the pass is revoked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(DispatchEvent.Ended d) {
        end(d.id(), PassState.REVOKED, "dispatch cancelled: " + Objects.requireNonNullElse(Received.cut(d.cancelReason(), 250), ""));
    }

    /** dispatch.delivered: the trip is over and the pass ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(DispatchEvent.Ended d) {
        end(d.id(), PassState.USED, "dispatch delivered");
    }

    private void end(UUID dispatchId, PassState state, String reason) {
        Pass p = Pass.find("dispatchId", dispatchId).firstResult();
        if (p == null || p.state != PassState.ACTIVE) return;
        passes.endForDispatch(p, state, reason);
    }

    private static String cargo(List<DispatchEvent.Line> lines) {
        List<String> text = new ArrayList<>();
        if (lines != null) {
            for (DispatchEvent.Line l : lines) {
                String item = l.itemName() != null ? l.itemName() : l.itemId() == null ? "" : l.itemId().toString();
                text.add(item + " × " + l.quantity());
            }
        }
        return text.isEmpty() ? "应急防疫物资" : String.join("、", text);
    }
}
