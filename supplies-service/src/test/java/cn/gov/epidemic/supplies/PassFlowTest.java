package cn.gov.epidemic.supplies;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.supplies.consumer.PassConsumer;
import cn.gov.epidemic.testkit.Await;
import cn.gov.epidemic.testkit.EventProbe;
import cn.gov.epidemic.testkit.EventSender;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flow 1, supplies side: checkpoint-service's pass events (in its format, on its topic) record the green-lane pass on
 * the dispatch; a redelivery or a re-published event has no second effect; a consumer stopped for a while catches up;
 * a refusal and a revocation show on the dispatch; a poison event goes to the dead-letter topic and does not block.
 */
@QuarkusTest
class PassFlowTest {

    static final String TOPIC = "checkpoint.events";
    static final String ISSUED = "cn.gov.epidemic.checkpoint.pass.issued";

    @Inject
    PassConsumer consumer;

    /** N95 masks reserved in a fresh warehouse for the Bayannur hospital and dispatched through the API; the dispatch id. */
    static String dispatch(String plate) {
        String item = Api.item("N95");
        String warehouse = Api.warehouse();
        String recipient = Api.recipient("HOSPITAL", "巴彦淖尔市医院");
        Api.releasedLot(item, warehouse, 100, Api.today().plusYears(2));
        String reservation = Api.allocator().body(Map.of("recipientId", recipient, "itemId", item, "warehouseId", warehouse, "quantity", 40))
                .post(Api.BASE + "/reservations").then().statusCode(201).extract().path("id");
        return Api.writer().body(Map.of("reservationIds", List.of(reservation), "vehiclePlate", plate, "driverName", "张师傅",
                        "route", "临河 → 市医院", "expectedArrival", OffsetDateTime.now().plusHours(3).toString()))
                .post(Api.BASE + "/dispatches").then().statusCode(201).extract().path("id");
    }

    /** A pass.issued event as checkpoint-service publishes it (data = its Pass record; ID-card and phone masked). */
    private static String pass(String passId, String dispatchId, String plate, String state) {
        return "{\"id\":\"" + passId + "\",\"type\":\"EMERGENCY_TRANSPORT\",\"plate\":\"" + plate + "\",\"issuingBody\":\"内蒙古自治区交通运输厅\","
                + "\"issuedBy\":\"supplies dispatch " + dispatchId + "\",\"driver\":{\"name\":\"张师傅\",\"idCardNumber\":null,\"phone\":null},"
                + "\"passengers\":[],\"greenLane\":true,\"state\":\"" + state + "\",\"voidReason\":" + ("REVOKED".equals(state) ? "\"车辆故障\"" : "null")
                + ",\"code\":\"CP1.payload-" + passId + ".signature\",\"dispatchId\":" + (dispatchId == null ? "null" : "\"" + dispatchId + "\"")
                + ",\"holders\":1,\"version\":0}";
    }


    private static String passOf(String dispatch) {
        return Api.reader().get(Api.BASE + "/dispatches/" + dispatch).then().statusCode(200).extract().path("passId");
    }

    private static long events(String dispatch, String type) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = ?", dispatch, "cn.gov.epidemic.supplies.dispatch." + type);
    }

    @Test
    void theIssuedPassIsRecordedOnceEvenWhenRedeliveredAndTheDispatchCanLeave() throws Exception {
        String dispatch = dispatch("蒙L·A1234");
        String passId = UUID.randomUUID().toString();
        String json = pass(passId, dispatch, "蒙LA1234", "ACTIVE");
        try (EventSender events = new EventSender()) {
            String ceId = events.send(TOPIC, ISSUED, passId, json);
            events.send(TOPIC, ceId, ISSUED, passId, json); // redelivery: the same ce_id
            events.send(TOPIC, ISSUED, passId, json); // re-published (new ce_id): the same pass again
            events.send(TOPIC, ISSUED, UUID.randomUUID().toString(), pass(UUID.randomUUID().toString(), null, "蒙D00001", "ACTIVE")); // by hand: no dispatch
        }
        Await.until(() -> passId.equals(passOf(dispatch)));
        Api.reader().get(Api.BASE + "/dispatches/" + dispatch).then().body("passCode", equalTo("CP1.payload-" + passId + ".signature"))
                .body("passRefusal", nullValue());
        // the marker: a later event for another dispatch is handled, so the three above were all seen
        String other = dispatch("蒙L·C0001");
        String otherPass = UUID.randomUUID().toString();
        try (EventSender events = new EventSender()) {
            events.send(TOPIC, ISSUED, otherPass, pass(otherPass, other, "蒙LC0001", "ACTIVE"));
        }
        Await.until(() -> otherPass.equals(passOf(other)));
        assertEquals(1, events(dispatch, "pass-recorded"), "one pass-recorded event for three deliveries of the pass");
        Api.writer().post(Api.BASE + "/dispatches/" + dispatch + "/departure").then().statusCode(200).body("state", equalTo("DEPARTED"));
    }

    @Test
    void aStoppedConsumerCatchesUpAndRefusalsAndRevocationsShowOnTheDispatch() throws Exception {
        String refused = dispatch("蒙L·R0001");
        String revoked = dispatch("蒙L·R0002");
        String revokedPass = UUID.randomUUID().toString();
        try (EventSender events = new EventSender()) {
            events.send(TOPIC, ISSUED, revokedPass, pass(revokedPass, revoked, "蒙LR0002", "ACTIVE"));
        }
        Await.until(() -> revokedPass.equals(passOf(revoked)));

        consumer.stop(); // supplies-service's consumer down for a while: the events wait on the broker
        try {
            try (EventSender events = new EventSender()) {
                events.send(TOPIC, "cn.gov.epidemic.checkpoint.pass.dispatch-refused", refused,
                        "{\"dispatchId\":\"" + refused + "\",\"plate\":\"蒙LR0001\",\"rule\":\"one-vehicle-one-matter-one-pass\","
                                + "\"detail\":\"Vehicle 蒙LR0001 already has an emergency-transport pass in force for this period.\",\"refusedAt\":\"2020-02-03T08:00:00Z\"}");
                events.send(TOPIC, "cn.gov.epidemic.checkpoint.pass.revoked", revokedPass, pass(revokedPass, revoked, "蒙LR0002", "REVOKED"));
            }
            Thread.sleep(1500);
            Api.reader().get(Api.BASE + "/dispatches/" + refused).then().body("passRefusal", nullValue());
        } finally {
            consumer.start();
        }
        Await.until(() -> Api.reader().get(Api.BASE + "/dispatches/" + refused).then().extract().path("passRefusal") != null);
        Api.reader().get(Api.BASE + "/dispatches/" + refused).then().body("passRefusal", startsWith("one-vehicle-one-matter-one-pass: "));
        Await.until(() -> passOf(revoked) == null);
        Api.reader().get(Api.BASE + "/dispatches/" + revoked).then().body("passRefusal", equalTo("pass revoked: 车辆故障"));
        Api.writer().post(Api.BASE + "/dispatches/" + revoked + "/departure").then().statusCode(409).body("type", startsWith("https://"));
        assertEquals(1, events(revoked, "pass-withdrawn"));
    }

    @Test
    void aPoisonEventIsDeadLetteredWithItsReasonAndTheNextIsStillHandled() throws Exception {
        String dispatch = dispatch("蒙L·P0001");
        String passId = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        try (EventSender events = new EventSender(); EventProbe dlq = new EventProbe(TOPIC + ".dlq")) {
            events.send(TOPIC, ISSUED, poison, "{\"id\":\"" + poison + "\",\"dispatchId\":\"" + UUID.randomUUID() + "\",\"code\":\"CP1.x.y\"}"); // unknown dispatch
            events.send(TOPIC, ISSUED, passId, pass(passId, dispatch, "蒙LP0001", "ACTIVE"));
            Await.until(() -> passId.equals(passOf(dispatch)));
            var dead = dlq.until(all -> all.stream().anyMatch(e -> poison.equals(e.subject())), Duration.ofSeconds(30))
                    .stream().filter(e -> poison.equals(e.subject())).findFirst().orElseThrow();
            assertTrue(dead.headers().get("dlq_reason").contains("unknown dispatch"), dead.headers().get("dlq_reason"));
            assertEquals("supplies-dispatch-passes", dead.headers().get("dlq_consumer"));
        }
    }

    @Test
    void anEventWithoutAFieldTheConsumerNeedsIsDeadLetteredAtOnceNamingTheField() throws Exception {
        String subject = UUID.randomUUID().toString();
        try (EventSender events = new EventSender(); EventProbe dlq = new EventProbe(TOPIC + ".dlq")) {
            // PassEvent.DispatchRefusal requires dispatchId: the refusal cannot be put on any dispatch
            events.send(TOPIC, "cn.gov.epidemic.checkpoint.pass.dispatch-refused", subject, "{\"plate\":\"蒙LR0009\",\"rule\":\"one-vehicle-one-matter-one-pass\"}");
            var dead = dlq.until(all -> all.stream().anyMatch(e -> subject.equals(e.subject())), Duration.ofSeconds(30))
                    .stream().filter(e -> subject.equals(e.subject())).findFirst().orElseThrow();
            assertTrue(dead.headers().get("dlq_reason").contains("dispatchId"), dead.headers().get("dlq_reason"));
            assertEquals("supplies-dispatch-passes", dead.headers().get("dlq_consumer"));
        }
    }
}
