package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.checkpoint.consumer.DispatchConsumer;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.testkit.Await;
import cn.gov.epidemic.testkit.EventProbe;
import cn.gov.epidemic.testkit.EventSender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flow 1, checkpoint side: supplies-service's dispatch events (in its format, on its topic) issue one green-lane pass
 * per dispatch, however often they arrive; the pass verifies at a checkpoint; cancellation revokes it, delivery ends
 * it; a consumer stopped for a while catches up; a second dispatch of a vehicle that still holds a pass is refused
 * with the reason; a poison event goes to the dead-letter topic and does not block the partition.
 */
@QuarkusTest
class DispatchPassFlowTest {

    static final String TOPIC = "supplies.events";
    static final String PREFIX = "cn.gov.epidemic.supplies.dispatch.";

    @Inject
    DispatchConsumer consumer;

    /** A dispatch event as supplies-service publishes it (data = its Dispatch record). */
    static String dispatch(String id, String plate, String state, String cancelReason) {
        return "{\"id\":\"" + id + "\",\"recipientId\":\"" + UUID.randomUUID() + "\",\"recipientName\":\"巴彦淖尔市医院（定点救治医院）\","
                + "\"warehouseId\":\"" + UUID.randomUUID() + "\",\"warehouseName\":\"巴彦淖尔市应急物资储备库（临河）\",\"reservationIds\":[],"
                + "\"lines\":[{\"itemId\":\"" + UUID.randomUUID() + "\",\"itemName\":\"N95 口罩\",\"quantity\":4000}],"
                + "\"vehiclePlate\":\"" + plate + "\",\"driverName\":\"驾驶员甲\",\"route\":\"临河应急物资库 → 巴彦淖尔市医院\","
                + "\"expectedArrival\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusHours(2) + "\",\"passId\":null,\"state\":\"" + state + "\","
                + "\"cancelReason\":" + (cancelReason == null ? "null" : "\"" + cancelReason + "\"") + ",\"version\":0}";
    }


    private static long passes(String dispatch) {
        return Sql.count("select count(*) from pass where dispatch_id = ?::uuid", dispatch);
    }

    @Test
    void oneGreenLanePassPerDispatchThatVerifiesAndEndsWithTheDispatch() throws Exception {
        String d = UUID.randomUUID().toString();
        String plate = Api.plate();
        String dotted = plate.charAt(0) + "" + plate.charAt(1) + "·" + plate.substring(2);
        String json = dispatch(d, dotted, "PLANNED", null);
        try (EventSender events = new EventSender(); EventProbe probe = new EventProbe("checkpoint.events")) {
            String ceId = events.send(TOPIC, PREFIX + "planned", d, json);
            events.send(TOPIC, ceId, PREFIX + "planned", d, json); // redelivery: the same ce_id
            events.send(TOPIC, PREFIX + "planned", d, json); // re-published with a new ce_id
            events.send(TOPIC, PREFIX + "departed", d, dispatch(d, dotted, "DEPARTED", null)); // no effect on the pass
            Await.until(() -> passes(d) == 1);
            String passId = Sql.text("select id::text from pass where dispatch_id = ?::uuid", d);
            var issued = probe.until(passId, 1, Duration.ofSeconds(30)).get(0);
            assertEquals("cn.gov.epidemic.checkpoint.pass.issued", issued.type());
            assertEquals(CheckpointEvents.PASS_ISSUED.dataschema(), issued.headers().get("ce_dataschema"), "the declared schema and version");
            assertEquals(d, new ObjectMapper().readTree(issued.value()).path("dispatchId").asText(), "the event carries the dispatch id");

            var pass = Api.admin().get(Api.BASE + "/passes/" + passId).then().statusCode(200)
                    .body("type", equalTo("EMERGENCY_TRANSPORT")).body("plate", equalTo(plate)).body("greenLane", equalTo(true))
                    .body("dispatchId", equalTo(d)).body("destination", equalTo("巴彦淖尔市医院（定点救治医院）"))
                    .body("origin", equalTo("巴彦淖尔市应急物资储备库（临河）")).body("cargo", equalTo("N95 口罩 × 4000"))
                    .body("issuingBody", equalTo("内蒙古自治区交通运输厅")).extract();
            // the vehicle shows it at a checkpoint: genuine and in force
            Api.inspector().body(Map.of("code", pass.path("code"), "plate", plate)).post(Api.BASE + "/passes/verification").then()
                    .statusCode(200).body("valid", equalTo(true)).body("greenLane", equalTo(true));

            // the same vehicle for a second dispatch while the first pass is in force: refused, with the reason
            String second = UUID.randomUUID().toString();
            events.send(TOPIC, PREFIX + "planned", second, dispatch(second, plate, "PLANNED", null));
            var refusal = probe.until(second, 1, Duration.ofSeconds(30)).get(0);
            assertEquals("cn.gov.epidemic.checkpoint.pass.dispatch-refused", refusal.type());
            assertTrue(refusal.value().contains("one-vehicle-one-matter-one-pass"), refusal.value());
            assertEquals(0, passes(second));

            // delivered: the trip is over, the pass ends and the vehicle is free for the next matter
            events.send(TOPIC, PREFIX + "delivered", d, dispatch(d, dotted, "DELIVERED", null));
            Await.until(() -> "USED".equals(Sql.text("select state from pass where dispatch_id = ?::uuid", d)));
            Api.inspector().body(Map.of("code", pass.path("code"), "plate", plate)).post(Api.BASE + "/passes/verification").then()
                    .statusCode(200).body("valid", equalTo(false)).body("reason", equalTo("USED"));
        }
    }

    @Test
    void aCancelledDispatchRevokesItsPassAlsoAfterTheConsumerWasDown() throws Exception {
        String d = UUID.randomUUID().toString();
        String plate = Api.plate();
        try (EventSender events = new EventSender()) {
            events.send(TOPIC, PREFIX + "planned", d, dispatch(d, plate, "PLANNED", null));
            Await.until(() -> passes(d) == 1);
            consumer.stop(); // checkpoint-service's consumer down for a while
            try {
                events.send(TOPIC, PREFIX + "cancelled", d, dispatch(d, plate, "CANCELLED", "车辆故障"));
                Thread.sleep(1500);
                assertEquals("ACTIVE", Sql.text("select state from pass where dispatch_id = ?::uuid", d), "nothing happens while it is down");
            } finally {
                consumer.start();
            }
            Await.until(() -> "REVOKED".equals(Sql.text("select state from pass where dispatch_id = ?::uuid", d)));
            assertEquals("dispatch cancelled: 车辆故障", Sql.text("select void_reason from pass where dispatch_id = ?::uuid", d));
            assertEquals(1, Sql.count("select count(*) from outbox_event where type = 'cn.gov.epidemic.checkpoint.pass.revoked' and payload->>'dispatchId' = ?", d));
        }
    }

    @Test
    void aPoisonEventIsDeadLetteredWithItsReasonAndTheNextIsStillHandled() throws Exception {
        String poison = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        try (EventSender events = new EventSender(); EventProbe dlq = new EventProbe(TOPIC + ".dlq")) {
            events.send(TOPIC, PREFIX + "planned", poison, "{\"id\":\"" + poison + "\",\"recipientName\":\"医院\"}"); // no vehicle
            events.send(TOPIC, PREFIX + "planned", good, dispatch(good, Api.plate(), "PLANNED", null));
            Await.until(() -> passes(good) == 1);
            var dead = dlq.until(all -> all.stream().anyMatch(e -> poison.equals(e.subject())), Duration.ofSeconds(30))
                    .stream().filter(e -> poison.equals(e.subject())).findFirst().orElseThrow();
            assertTrue(dead.headers().get("dlq_reason").contains("vehiclePlate"), dead.headers().get("dlq_reason"));
            assertEquals("checkpoint-dispatch-passes", dead.headers().get("dlq_consumer"));
            assertEquals(0, passes(poison));
        }
    }
}
