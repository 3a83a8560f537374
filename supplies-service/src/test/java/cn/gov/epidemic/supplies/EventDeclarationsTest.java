package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.supplies.consumer.PassConsumer;
import cn.gov.epidemic.supplies.consumer.PassEvent;
import cn.gov.epidemic.supplies.event.SuppliesEvents;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's event declarations as the relay and the build's catalogue read them: without CDI, from the class path. */
class EventDeclarationsTest {

    @Test
    void theServiceDeclaresItsTopicItsEventTypesAndItsSubscription() {
        EventDeclarations d = EventDeclarations.ofThisService();
        EventSource s = d.published();
        assertEquals("supplies.events", s.topic());
        assertEquals("/supplies-service", s.source());
        List<EventType<?>> types = s.types();
        System.out.println("[test] supplies-service declares " + types.size() + " event types");
        assertEquals(34, types.size());
        assertEquals("cn.gov.epidemic.supplies.dispatch.planned", SuppliesEvents.DISPATCH_PLANNED.type());
        assertEquals("dispatch", SuppliesEvents.DISPATCH_PLANNED.aggregate().name());
        assertEquals("https://epidemic.gov.cn/events/schemas/cn.gov.epidemic.supplies.dispatch.planned/v1.json",
                SuppliesEvents.DISPATCH_PLANNED.dataschema());
        for (EventType<?> t : types) assertTrue(t.type().startsWith("cn.gov.epidemic.supplies." + t.aggregate().name() + "."), t.type());
        assertEquals(List.of(PassConsumer.class), d.subscriptions());
    }

    @Test
    void theSubscriptionDeclaresCheckpointsPassEventsWithoutInjection() {
        Subscription.Declaration d = new PassConsumer().declaration();
        assertEquals("supplies-dispatch-passes", d.group());
        assertEquals(List.of("checkpoint.events"), d.topics());
        assertEquals(List.of(PassEvent.ISSUED, PassEvent.REVOKED, PassEvent.DISPATCH_REFUSED), d.events());
        assertEquals(List.of("cn.gov.epidemic.checkpoint.pass.issued", "cn.gov.epidemic.checkpoint.pass.revoked",
                "cn.gov.epidemic.checkpoint.pass.dispatch-refused"), d.events().stream().map(e -> e.type()).toList());
    }
}
