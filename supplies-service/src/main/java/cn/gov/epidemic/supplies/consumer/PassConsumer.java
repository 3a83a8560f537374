package cn.gov.epidemic.supplies.consumer;

import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.supplies.service.DispatchPasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Flow 1: checkpoint-service's pass events record the green-lane pass on its dispatch (group {@code supplies-dispatch-passes}). */
@ApplicationScoped
public class PassConsumer extends Subscription {

    @Inject
    DispatchPasses passes;

    public PassConsumer() {
        super("supplies-dispatch-passes");
    }

    @Override
    protected void handle(IncomingEvent event) {
        passes.apply(event);
    }
}
