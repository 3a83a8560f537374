package cn.gov.epidemic.supplies.event;

import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.supplies.consumer.PassConsumer;

import java.util.List;

/** What supplies-service publishes ({@link SuppliesEvents}) and subscribes to, for the relay and the build's catalogue. */
public final class SuppliesEventDeclarations implements EventDeclarations {

    @Override
    public EventSource published() {
        return SuppliesEvents.SOURCE;
    }

    @Override
    public List<Class<? extends Subscription>> subscriptions() {
        return List.of(PassConsumer.class);
    }
}
