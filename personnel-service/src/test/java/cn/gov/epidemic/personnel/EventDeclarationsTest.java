package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.personnel.consumer.ReferralConsumer;
import cn.gov.epidemic.personnel.consumer.ReferralEvent;
import cn.gov.epidemic.personnel.event.PersonnelEventDeclarations;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The service's event declarations as the kit's relay and the build's catalogue read them, without Quarkus: the source,
 * each event type with its aggregate and the payload whose OpenAPI schema is the one the catalogue names, and the
 * subscription with its group, topic and event type.
 */
class EventDeclarationsTest {

    @Test
    void everyPublishedTypeCarriesItsAggregateAndTheSchemaOfItsPayload() {
        EventDeclarations d = EventDeclarations.ofThisService();
        assertInstanceOf(PersonnelEventDeclarations.class, d);
        assertEquals("personnel.events", d.published().topic());
        assertEquals("/personnel-service", d.published().source());
        Map<String, String> seen = new LinkedHashMap<>();
        for (EventType<?> t : d.published().types()) {
            seen.put(t.type(), t.aggregate().name() + " " + t.payload().getAnnotation(Schema.class).name() + " v" + t.version());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        String p = "cn.gov.epidemic.personnel.";
        expected.put(p + "division.registered", "division Division v1");
        expected.put(p + "unit.registered", "unit Unit v1");
        expected.put(p + "person.registered", "person Person v1");
        expected.put(p + "person.updated", "person Person v1");
        expected.put(p + "plan.created", "plan Plan v1");
        expected.put(p + "deployment.planned", "deployment Deployment v1");
        expected.put(p + "deployment.activated", "deployment Deployment v1");
        expected.put(p + "deployment.relieved", "deployment Deployment v1");
        expected.put(p + "deployment.cancelled", "deployment Deployment v1");
        expected.put(p + "team.created", "team Team v1");
        expected.put(p + "team.member-added", "team TeamMembershipChange v1");
        expected.put(p + "team.member-removed", "team TeamMembershipChange v1");
        expected.put(p + "post.created", "post DutyPost v1");
        expected.put(p + "shift.scheduled", "post Shift v1");
        expected.put(p + "screening.visit-recorded", "screening-visit ScreeningVisit v1");
        expected.put(p + "observation.started", "key-person KeyPerson v1");
        expected.put(p + "observation.assignment-changed", "key-person KeyPerson v1");
        expected.put(p + "observation.period-changed", "key-person ObservationChange v1");
        expected.put(p + "observation.follow-up-recorded", "key-person FollowUp v1");
        expected.put(p + "observation.released", "key-person KeyPerson v1");
        expected.put(p + "observation.referred", "key-person KeyPerson v1");
        assertEquals(expected, seen);
        assertEquals("https://epidemic.gov.cn/events/schemas/cn.gov.epidemic.personnel.deployment.activated/v1.json",
                PersonnelEvents.DEPLOYMENT_ACTIVATED.dataschema());
        System.out.printf("[test] personnel-service declares %d event types on %s%n", seen.size(), d.published().topic());
    }

    @Test
    void theReferralSubscriptionDeclaresCheckpointsReferralOpened() throws Exception {
        List<Class<? extends Subscription>> subscriptions = EventDeclarations.ofThisService().subscriptions();
        assertEquals(List.of(ReferralConsumer.class), subscriptions);
        Subscription.Declaration d = subscriptions.get(0).getDeclaredConstructor().newInstance().declaration();
        assertEquals("personnel-referrals", d.group());
        assertEquals(List.of("checkpoint.events"), d.topics());
        assertEquals(List.of(ReferralEvent.OPENED), d.events());
        assertEquals("cn.gov.epidemic.checkpoint.referral.opened", d.events().get(0).type());
    }
}
