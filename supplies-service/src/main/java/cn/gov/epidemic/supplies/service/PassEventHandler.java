package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kit.messaging.Received;
import cn.gov.epidemic.supplies.consumer.PassEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Flow 1, supplies side: checkpoint-service's pass events for dispatches (issued, refused, revoked) recorded on the
 * dispatch. Runs in the consumer's transaction, which also remembers the event id.
 */
@ApplicationScoped
public class PassEventHandler {

    @Inject
    DispatchService dispatches;

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(PassEvent pass) {
        if (pass.dispatchId() == null) return; // a pass issued by hand, not for a dispatch
        dispatches.passIssued(pass.dispatchId(), pass.id(), pass.code());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatchRefused(PassEvent.DispatchRefusal refusal) {
        dispatches.passRefused(refusal.dispatchId(), refusal.rule() + ": " + Received.cut(refusal.detail(), 500));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoked(PassEvent pass) {
        if (pass.dispatchId() != null) dispatches.passRevoked(pass.dispatchId(), pass.id(), Received.cut(pass.voidReason(), 300));
    }
}
