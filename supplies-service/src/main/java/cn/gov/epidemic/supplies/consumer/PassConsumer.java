package cn.gov.epidemic.supplies.consumer;

import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.supplies.service.PassEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Flow 1: checkpoint-service's pass events record the green-lane pass on its dispatch (group {@code supplies-dispatch-passes}). */
@ApplicationScoped
public class PassConsumer extends Subscription {

    @Inject
    PassEventHandler handler;

    public PassConsumer() {
        super("supplies-dispatch-passes", "Flow 1: checkpoint-service's pass events record the green-lane pass on its dispatch.");
    }

    @Override
    protected void declare(Handlers on) {
        on.event(PassEvent.ISSUED, e -> handler.issued(e.data()))
                .event(PassEvent.REVOKED, e -> handler.revoked(e.data()))
                .event(PassEvent.DISPATCH_REFUSED, e -> handler.dispatchRefused(e.data()));
    }
}
