package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.kit.sealing.Sealing;
import cn.gov.epidemic.kit.sealing.SealingKeys;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.EventProbe;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every vehicle checked, every temperature taken; a fever opens a referral, published on the broker. */
@QuarkusTest
class InspectionTest {

    private static final String INSPECTIONS = Api.BASE + "/inspections";

    @Inject
    Sealing sealing;

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPassengerAt381OpensAReferralAndItsEventIsPublished() {
        String cp = Api.checkpoint();
        Map<String, Object> fever = Api.occupant("PASSENGER", "38.1");
        ExtractableResponse<Response> r = Api.inspector().body(Api.inspection(cp, Api.plate(), null,
                        List.of(Api.occupant("DRIVER", "36.6"), fever)))
                .post(INSPECTIONS).then().statusCode(201)
                .header("Location", containsString(INSPECTIONS + "/"))
                .body("outcome", equalTo("REFERRED")).body("occupants[1].fever", equalTo(true)).body("occupants[0].fever", equalTo(false))
                .body("occupants[1].temperature", equalTo(38.1f))
                .body("occupants[1].idCardNumber", containsString("********")).body("occupants[1].phone", equalTo("138****5678"))
                .body("referralIds.size()", equalTo(1)).extract();
        String referralId = r.path("referralIds[0]");
        Api.inspector().get(Api.BASE + "/referrals/" + referralId).then().statusCode(200)
                .body("state", equalTo("DETECTED")).body("temperature", equalTo(38.1f)).body("hospital", equalTo("赤峰市医院"))
                .body("personName", equalTo(fever.get("name"))).body("detectedAt", notNullValue())
                .body("idCardNumber", containsString("********"));

        try (EventProbe probe = new EventProbe("checkpoint.events")) {
            List<EventProbe.Event> events = probe.until(referralId, 1, Duration.ofSeconds(60));
            assertEquals(1, events.size());
            EventProbe.Event e = events.get(0);
            assertEquals("cn.gov.epidemic.checkpoint.referral.opened", e.type());
            assertEquals("/checkpoint-service", e.source());
            // the schema's name and version, as declared: https://epidemic.gov.cn/events/schemas/<ce_type>/v1.json
            assertEquals(CheckpointEvents.REFERRAL_OPENED.dataschema(), e.headers().get("ce_dataschema"));
            assertEquals(referralId, e.key());
            assertEquals("38.1", readTree(e.value()).path("temperature").asText(), e.value());
            assertFalse(e.value().contains((String) fever.get("idCardNumber")), "no ID-card number in clear in events");
            assertFalse(e.value().contains("13812345678"), "no phone number in clear in events");
        }

        // transfer and hand-over, recorded as they happen
        Api.inspector().header("If-Match", "\"5\"").body(Map.of("transferredBy", "120 急救车")).post(Api.BASE + "/referrals/" + referralId + "/transfer")
                .then().statusCode(412);
        Api.inspector().body(Map.of("receivedBy", "发热门诊")).post(Api.BASE + "/referrals/" + referralId + "/handover").then().statusCode(409);
        Api.inspector().body(Map.of("transferredBy", "120 急救车 蒙D0120")).post(Api.BASE + "/referrals/" + referralId + "/transfer")
                .then().statusCode(200).body("state", equalTo("IN_TRANSFER")).body("transferStartedAt", notNullValue());
        Api.inspector().body(Map.of("receivedBy", "发热门诊 值班医生")).post(Api.BASE + "/referrals/" + referralId + "/handover")
                .then().statusCode(200).body("state", equalTo("HANDED_OVER")).body("handedOverAt", notNullValue());

        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + cp + "/statistics?from=" + Api.today().minusDays(1) + "&to=" + Api.today()).then().statusCode(200)
                .body("days.size()", equalTo(1)).body("days[0].day", equalTo(Api.today().toString()))
                .body("totals.vehicles", equalTo(1)).body("totals.people", equalTo(2)).body("totals.fevers", equalTo(1))
                .body("totals.referrals", equalTo(1));
    }

    /** The raw record (key, value, every header) as bytes, to search for a number in any form the broker keeps. */
    private static byte[] raw(EventProbe.Event e) {
        return (e.key() + "\n" + e.value() + "\n" + e.headers()).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) if (haystack[i + j] != n[j]) continue outer;
            return true;
        }
        return false;
    }

    @Test
    void aFeverCasePhoneTravelsOnlySealedForPersonnelService() throws Exception {
        String cp = Api.checkpoint();
        String phone = "150" + (10_000_000 + new java.util.Random().nextInt(90_000_000)); // this test's own number
        Map<String, Object> withPhone = new java.util.HashMap<>(Api.occupant("DRIVER", "38.4"));
        withPhone.put("phone", phone);
        Map<String, Object> noPhone = new java.util.HashMap<>(Api.occupant("PASSENGER", "38.0"));
        noPhone.remove("phone");
        List<String> ids = Api.inspector().body(Api.inspection(cp, Api.plate(), null, List.of(withPhone, noPhone))).post(INSPECTIONS)
                .then().statusCode(201).body("occupants[0].phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .extract().path("referralIds");
        assertEquals(2, ids.size());
        String first = Api.inspector().get(Api.BASE + "/referrals/" + ids.get(0)).then().extract().path("phone");
        String withId = first != null ? ids.get(0) : ids.get(1), withoutId = first != null ? ids.get(1) : ids.get(0);
        Api.inspector().body(Map.of("transferredBy", "120 急救车 蒙D0120"))
                .post(Api.BASE + "/referrals/" + withId + "/transfer").then().statusCode(200);

        try (EventProbe probe = new EventProbe("checkpoint.events")) {
            List<EventProbe.Event> events = probe.until(all -> all.stream().filter(e -> withId.equals(e.subject())).count() == 2
                    && all.stream().anyMatch(e -> withoutId.equals(e.subject())), Duration.ofSeconds(60));
            List<EventProbe.Event> referral = events.stream().filter(e -> withId.equals(e.subject())).toList();
            EventProbe.Event opened = referral.get(0), transfer = referral.get(1);
            assertEquals("cn.gov.epidemic.checkpoint.referral.opened", opened.type());
            assertEquals("cn.gov.epidemic.checkpoint.referral.transfer-started", transfer.type());
            for (EventProbe.Event e : events.stream().filter(e -> ids.contains(e.subject()) || e.value().contains(withId)).toList()) {
                assertFalse(contains(raw(e), phone), e.type() + " carries the phone in clear");
                assertFalse(contains(raw(e), phone.substring(3, 7)), e.type() + " carries the masked digits");
            }
            var data = readTree(opened.value());
            assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), data.path("phone").asText(), "the masked phone as before");
            String sealed = data.path("sealedPhone").asText();
            SealingKeys keys = sealing.keys();
            assertTrue(sealed.startsWith(keys.sealingKeyId() + "."), sealed);
            assertEquals(phone, keys.open(SealingKeys.context("referral", withId, "phone"), sealed), "personnel-service's key opens it");
            assertThrows(SealingKeys.Unreadable.class, () -> keys.open(SealingKeys.context("referral", withoutId, "phone"), sealed),
                    "only for its own referral");
            assertTrue(readTree(transfer.value()).path("sealedPhone").isMissingNode(), "only referral.opened carries it");
            EventProbe.Event none = events.stream().filter(e -> withoutId.equals(e.subject())).findFirst().orElseThrow();
            assertTrue(readTree(none.value()).path("sealedPhone").isNull(), "no phone recorded, nothing sealed: " + none.value());
            System.out.printf("[test] referral.opened: %d bytes, phone in clear 0 times, sealed as %d characters under key %s%n",
                    raw(opened).length, sealed.length(), keys.sealingKeyId());
        }
    }

    @Test
    void atTheThresholdIsAFeverJustBelowIsNotAndAValidPassIsCounted() {
        String cp = Api.checkpoint();
        Api.inspector().body(Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", "37.3")))).post(INSPECTIONS)
                .then().statusCode(201).body("outcome", equalTo("REFERRED"));
        Api.inspector().body(Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", "37.2")))).post(INSPECTIONS)
                .then().statusCode(201).body("outcome", equalTo("PASSED")).body("referralIds.size()", equalTo(0));
        String plate = Api.plate();
        String code = Api.issuer().body(Api.emergencyPass(plate)).post(Api.BASE + "/passes/emergency-transport").then().statusCode(201).extract().path("code");
        Map<String, Object> withPass = new java.util.HashMap<>(Api.inspection(cp, plate, code, List.of(Api.occupant("DRIVER", "36.2"))));
        String id = Api.inspector().body(withPass).post(INSPECTIONS).then().statusCode(201)
                .body("passResult", equalTo("VALID")).body("outcome", equalTo("PASSED")).extract().path("id");
        withPass.put("turnedBack", true);
        Api.inspector().body(withPass).post(INSPECTIONS).then().statusCode(201).body("outcome", equalTo("TURNED_BACK"));
        Api.inspector().get(INSPECTIONS + "/" + id).then().statusCode(200).body("passResult", equalTo("VALID"));
        Api.inspector().get(INSPECTIONS + "?checkpointId=" + cp + "&outcome=REFERRED").then().statusCode(200).body("totalItems", equalTo(1));
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + cp + "/statistics").then().statusCode(200)
                .body("totals.vehicles", equalTo(4)).body("totals.fevers", equalTo(1)).body("totals.passesVerified", equalTo(2))
                .body("totals.turnedBack", equalTo(1));
    }

    @Test
    void anInspectionAtAClosedCheckpointIsRefused() {
        String cp = Api.checkpoint();
        Api.admin().body(Map.of("state", "CLOSED", "reason", "通道关闭")).post(Api.BASE + "/" + cp + "/state").then().statusCode(200)
                .body("state", equalTo("CLOSED"));
        Api.inspector().body(Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", "36.5")))).post(INSPECTIONS)
                .then().statusCode(409).body("type", equalTo("https://epidemic.gov.cn/problems/checkpoint-not-open"));
        assertEquals(0, Sql.count("select count(*) from inspection where checkpoint_id = ?::uuid", cp));
    }

    /**
     * The inspection, its outbox and audit rows and the Idempotency-Key's stored response are one transaction: a
     * failure after the effect, when the key's response is stored, leaves none of them (with the inspection committed
     * on its own, a retry would create a second one). The failure is a trigger that refuses that key's update.
     */
    @Test
    void anInspectionAndItsIdempotencyKeyCommitTogether() {
        String cp = Api.checkpoint();
        String plate = Api.plate();
        String key = "commit-together-" + System.nanoTime();
        Map<String, Object> body = Api.inspection(cp, plate, null, List.of(Api.occupant("DRIVER", "38.4")));
        Sql.update("create function test_refuse_key() returns trigger language plpgsql as $$ begin"
                + " if new.key like 'commit-together-%' then raise exception 'refused by the test' using errcode = '40001'; end if;"
                + " return new; end $$");
        Sql.update("create trigger test_refuse_key before update on idempotency_key for each row execute function test_refuse_key()");
        try {
            // 40001 is a serialization failure: the kit answers 409 "retry it", as for a real one
            Api.inspector().header("Idempotency-Key", key).body(body).post(INSPECTIONS).then().statusCode(409)
                    .body("type", equalTo("https://epidemic.gov.cn/problems/concurrent-modification"));
        } finally {
            Sql.update("drop trigger test_refuse_key on idempotency_key");
            Sql.update("drop function test_refuse_key()");
        }
        long inspections = Sql.count("select count(*) from inspection where plate = ?", plate);
        long referrals = Sql.count("select count(*) from referral where plate = ?", plate);
        long keys = Sql.count("select count(*) from idempotency_key where key = ?", key);
        long outbox = Sql.count("select count(*) from outbox_event where aggregate_type = 'inspection' and payload->>'plate' = ?", plate);
        System.out.printf("[test] failed after the effect: inspections=%d referrals=%d keys=%d outbox=%d%n", inspections, referrals, keys, outbox);
        assertEquals(0, inspections, "no inspection without its key");
        assertEquals(0, referrals);
        assertEquals(0, keys);
        assertEquals(0, outbox);

        // the retry with the same key creates it once, and a second retry replays it
        String id = Api.inspector().header("Idempotency-Key", key).body(body).post(INSPECTIONS).then().statusCode(201)
                .extract().path("id");
        Api.inspector().header("Idempotency-Key", key).body(body).post(INSPECTIONS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertEquals(1, Sql.count("select count(*) from inspection where plate = ?", plate));
        assertEquals(1, Sql.count("select count(*) from referral where plate = ?", plate));
        assertEquals(1, Sql.count("select count(*) from audit_log where target_type = 'inspection' and target_id = ?", id));
        assertEquals(1, Sql.count("select count(*) from idempotency_key where key = ? and status = 201", key));
    }
}
