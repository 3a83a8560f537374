package cn.gov.epidemic.checkpoint.event;

import cn.gov.epidemic.checkpoint.consumer.DeploymentConsumer;
import cn.gov.epidemic.checkpoint.consumer.DispatchConsumer;
import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.messaging.Subscription;

import java.util.List;

/** checkpoint-service's events: what it publishes and what it subscribes to (registered for the kit's ServiceLoader). */
public final class CheckpointEventDeclarations implements EventDeclarations {

    @Override
    public EventSource published() {
        return CheckpointEvents.SOURCE;
    }

    @Override
    public List<Class<? extends Subscription>> subscriptions() {
        return List.of(DeploymentConsumer.class, DispatchConsumer.class);
    }
}
