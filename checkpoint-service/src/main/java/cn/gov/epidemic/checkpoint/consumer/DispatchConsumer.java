package cn.gov.epidemic.checkpoint.consumer;

import cn.gov.epidemic.checkpoint.service.DispatchEventHandler;
import cn.gov.epidemic.kit.messaging.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Flow 1: supplies-service's dispatch events issue, end or revoke green-lane passes (group {@code checkpoint-dispatch-passes}). */
@ApplicationScoped
public class DispatchConsumer extends Subscription {

    @Inject
    DispatchEventHandler handler;

    public DispatchConsumer() {
        super("checkpoint-dispatch-passes", "Flow 1: supplies-service's dispatch events issue, end or revoke green-lane passes.");
    }

    @Override
    protected void declare(Handlers on) {
        on.event(DispatchEvent.PLANNED, e -> handler.planned(e.data()))
                .event(DispatchEvent.CANCELLED, e -> handler.cancelled(e.data()))
                .event(DispatchEvent.DELIVERED, e -> handler.delivered(e.data()));
    }
}
