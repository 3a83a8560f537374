package cn.gov.epidemic.checkpoint.consumer;

import cn.gov.epidemic.checkpoint.service.DeploymentEventHandler;
import cn.gov.epidemic.kit.messaging.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Flow 2: personnel-service's deployment events feed the staffing view (group {@code checkpoint-staffing}). */
@ApplicationScoped
public class DeploymentConsumer extends Subscription {

    @Inject
    DeploymentEventHandler handler;

    public DeploymentConsumer() {
        super("checkpoint-staffing", "Flow 2: personnel-service's deployment events feed the staffing view.");
    }

    @Override
    protected void declare(Handlers on) {
        on.event(DeploymentEvent.ACTIVATED, e -> handler.activated(e.data()))
                .event(DeploymentEvent.RELIEVED, e -> handler.ended(e.data()))
                .event(DeploymentEvent.CANCELLED, e -> handler.ended(e.data()));
    }
}
