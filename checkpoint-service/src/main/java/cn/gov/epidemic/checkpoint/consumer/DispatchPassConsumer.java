package cn.gov.epidemic.checkpoint.consumer;

import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.checkpoint.service.DispatchPasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Flow 1: supplies-service's dispatch events issue, end or revoke green-lane passes (group {@code checkpoint-dispatch-passes}). */
@ApplicationScoped
public class DispatchPassConsumer extends Subscription {

    @Inject
    DispatchPasses passes;

    public DispatchPassConsumer() {
        super("checkpoint-dispatch-passes");
    }

    @Override
    protected void handle(IncomingEvent event) {
        passes.apply(event);
    }
}
