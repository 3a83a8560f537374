package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kit.messaging.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/**
 * Flow 1, supplies side: checkpoint-service's pass events for dispatches (issued, refused, revoked) recorded on the
 * dispatch. Runs in the consumer's transaction, which also remembers the event id.
 */
@ApplicationScoped
public class DispatchPasses {

    static final String PREFIX = "cn.gov.epidemic.checkpoint.pass.";

    @Inject
    DispatchService dispatches;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent e) {
        String what = e.typeAfter(PREFIX);
        if (what == null) return;
        switch (what) {
            case "issued" -> {
                if (!e.data().hasNonNull("dispatchId")) return; // a pass issued by hand, not for a dispatch
                dispatches.passIssued(e.uuid("dispatchId"), e.uuid("id"), e.text("code"));
            }
            case "dispatch-refused" -> dispatches.passRefused(e.uuid("dispatchId"), e.text("rule") + ": " + e.optionalText("detail", 500));
            case "revoked" -> {
                if (e.data().hasNonNull("dispatchId")) dispatches.passRevoked(e.uuid("dispatchId"), e.uuid("id"), e.optionalText("voidReason", 300));
            }
            default -> {
                // other pass events do not concern dispatches
            }
        }
    }
}
