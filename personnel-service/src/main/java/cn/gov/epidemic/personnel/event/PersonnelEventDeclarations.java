package cn.gov.epidemic.personnel.event;

import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.personnel.consumer.ReferralConsumer;

import java.util.List;

/** What personnel-service publishes and what it subscribes to, for the kit's relay and the build's catalogue. */
public final class PersonnelEventDeclarations implements EventDeclarations {

    @Override
    public EventSource published() {
        return PersonnelEvents.SOURCE;
    }

    @Override
    public List<Class<? extends Subscription>> subscriptions() {
        return List.of(ReferralConsumer.class);
    }
}
