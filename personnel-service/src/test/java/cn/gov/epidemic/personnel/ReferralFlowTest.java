package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.kit.sealing.Sealing;
import cn.gov.epidemic.kit.sealing.SealingKeys;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.personnel.consumer.ReferralConsumer;
import cn.gov.epidemic.testkit.Await;
import cn.gov.epidemic.testkit.EventProbe;
import cn.gov.epidemic.testkit.EventSender;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flow 3, personnel side: checkpoint-service's referral.opened (in its format, on its topic) for a traveller heading
 * to a village opens one observation there, assigned to the officers deployed in it, linked to the referral; a
 * redelivery or re-published event opens no second one; a consumer stopped for a while catches up; a referral for a
 * division this service does not know is dead-lettered with the reason and does not block the next; the traveller's
 * phone, sealed for this service, reaches the observation (whole for personnel:pii only, never on the broker in clear).
 */
@QuarkusTest
class ReferralFlowTest {

    static final String TOPIC = "checkpoint.events";
    static final String OPENED = "cn.gov.epidemic.checkpoint.referral.opened";

    @Inject
    ReferralConsumer consumer;
    @Inject
    Sealing sealing;

    /** A referral.opened event as checkpoint-service publishes it (data = its Referral record, ID-card and phone masked). */
    private static String referral(String id, String divisionCode) {
        return "{\"id\":\"" + id + "\",\"inspectionId\":\"" + UUID.randomUUID() + "\",\"checkpointId\":\"" + UUID.randomUUID() + "\","
                + "\"personName\":\"孙玉兰\",\"idCardNumber\":\"150402********0322\",\"phone\":\"138****1111\",\"temperature\":38.1,"
                + "\"hospital\":\"赤峰市医院\",\"plate\":\"蒙D33221\",\"origin\":\"松山区\",\"destination\":\"平庄镇第1社区\","
                + "\"destinationDivisionCode\":" + (divisionCode == null ? "null" : "\"" + divisionCode + "\"") + ",\"state\":\"DETECTED\","
                + "\"detectedAt\":\"2020-02-10T08:00:00Z\",\"version\":0}";
    }


    /** referral.opened as checkpoint-service publishes it since the phone travels sealed (data ReferralOpened). */
    private static String referral(String id, String divisionCode, String sealedPhone) {
        String base = referral(id, divisionCode);
        return base.substring(0, base.length() - 1) + ",\"sealedPhone\":" + (sealedPhone == null ? "null" : "\"" + sealedPhone + "\"") + "}";
    }

    private static String phoneContext(String referral) {
        return SealingKeys.context("referral", UUID.fromString(referral), "phone");
    }


    private static long observations(String referral) {
        return Sql.count("select count(*) from key_person where referral_id = ?::uuid", referral);
    }

    private static String activeDeployment(String person, String village) {
        String d = Api.plannedDeployment(person, village);
        Api.writer().post(Api.BASE + "/deployments/" + d + "/activation").then().statusCode(200);
        return d;
    }

    @Test
    void oneObservationPerReferralAssignedToTheOfficersDeployedThere() throws Exception {
        String village = Api.village();
        String a = Api.person("包海军"), b = Api.person("乌云");
        String da = activeDeployment(a, village), db = activeDeployment(b, village);
        Api.plannedDeployment(Api.person("未到岗"), village); // planned, not yet there: not assigned
        String r = UUID.randomUUID().toString();
        try (EventSender events = new EventSender(); EventProbe probe = new EventProbe("personnel.events")) {
            String ceId = events.send(TOPIC, OPENED, r, referral(r, village));
            events.send(TOPIC, ceId, OPENED, r, referral(r, village)); // redelivery: the same ce_id
            events.send(TOPIC, OPENED, r, referral(r, village)); // re-published with a new ce_id
            String none = UUID.randomUUID().toString();
            events.send(TOPIC, OPENED, none, referral(none, null)); // no destination division: nothing to open
            String marker = UUID.randomUUID().toString();
            events.send(TOPIC, OPENED, marker, referral(marker, village));
            Await.until(() -> observations(marker) == 1);
            assertEquals(1, observations(r), "one observation for three deliveries of the referral");
            assertEquals(0, observations(none));

            String k = Sql.text("select id::text from key_person where referral_id = ?::uuid", r);
            List<Object> assigned = Api.as(Roles.PERSONNEL_READ).get(Api.BASE + "/key-persons/" + k).then().statusCode(200)
                    .body("category", equalTo("FEVER_AT_CHECKPOINT")).body("divisionCode", equalTo(village))
                    .body("state", equalTo("UNDER_OBSERVATION")).body("observationDays", equalTo(14))
                    .body("referralId", equalTo(r)).body("name", equalTo("孙玉兰")).body("cameFrom", equalTo("松山区"))
                    .body("idCardNumber", nullValue()) // never carried on the broker
                    .body("assignedTo", hasSize(2)).body("assignedTo.deploymentId", containsInAnyOrder(da, db))
                    .body("assignedTo.name", containsInAnyOrder("包海军", "乌云")).extract().path("assignedTo");
            var started = probe.until(k, 1, Duration.ofSeconds(30)).get(0);
            assertEquals("cn.gov.epidemic.personnel.observation.started", started.type());
            // the event's assignees are built from the rows the handler wrote, the API's read back: the same, in its order
            assertEquals(assigned, new com.fasterxml.jackson.databind.ObjectMapper().readValue(started.value(), java.util.Map.class).get("assignedTo"),
                    "observation.started lists the assignees as GET /key-persons/{id} does");
        }
    }

    @Test
    void aStoppedConsumerCatchesUpAndAnUnknownDivisionIsDeadLettered() throws Exception {
        String village = Api.village();
        String r = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        try (EventSender events = new EventSender(); EventProbe dlq = new EventProbe(TOPIC + ".dlq")) {
            consumer.stop(); // personnel-service's consumer down for a while
            try {
                events.send(TOPIC, OPENED, poison, referral(poison, "799999999999")); // a village nobody registered
                events.send(TOPIC, OPENED, r, referral(r, village));
                Thread.sleep(1500);
                assertEquals(0, observations(r), "nothing happens while it is down");
            } finally {
                consumer.start();
            }
            Await.until(() -> observations(r) == 1);
            var dead = dlq.until(all -> all.stream().anyMatch(e -> poison.equals(e.subject())), Duration.ofSeconds(30))
                    .stream().filter(e -> poison.equals(e.subject())).findFirst().orElseThrow();
            assertTrue(dead.headers().get("dlq_reason").contains("799999999999"), dead.headers().get("dlq_reason"));
            assertEquals("personnel-referrals", dead.headers().get("dlq_consumer"));
            assertEquals(0, observations(poison));
            // nobody deployed in this village: opened all the same, with nobody assigned yet
            Api.reader().get(Api.BASE + "/key-persons?divisionCode=" + village).then().body("items[0].assignedTo", hasSize(0));
        }
    }

    @Test
    void officersArrivingOrLeavingLaterJoinOrLeaveTheRunningObservations() throws Exception {
        String village = Api.village();
        String first = activeDeployment(Api.person("巴特尔"), village);
        String r = UUID.randomUUID().toString();
        try (EventSender events = new EventSender(); EventProbe probe = new EventProbe("personnel.events")) {
            events.send(TOPIC, OPENED, r, referral(r, village));
            Await.until(() -> observations(r) == 1);
            String k = Sql.text("select id::text from key_person where referral_id = ?::uuid", r);
            Api.reader().get(Api.BASE + "/key-persons/" + k).then().body("assignedTo.deploymentId", containsInAnyOrder(first));

            String second = activeDeployment(Api.person("其木格"), village); // arrives after the observation opened
            Api.reader().get(Api.BASE + "/key-persons/" + k).then().body("assignedTo.deploymentId", containsInAnyOrder(first, second));
            Api.writer().post(Api.BASE + "/deployments/" + first + "/relief").then().statusCode(200);
            Api.reader().get(Api.BASE + "/key-persons/" + k).then().body("assignedTo.deploymentId", containsInAnyOrder(second));
            var changes = probe.until(all -> all.stream().filter(e -> k.equals(e.subject())
                    && e.type().endsWith(".observation.assignment-changed")).count() == 2, Duration.ofSeconds(30));
            assertEquals(2, changes.stream().filter(e -> k.equals(e.subject()) && e.type().endsWith(".observation.assignment-changed")).count());
        }
    }

    @Test
    void theSealedPhoneReachesTheObservationWholeForPiiOnlyAndOlderEventsStillOpenOne() throws Exception {
        String village = Api.village();
        String phone = "139" + (10_000_000 + new java.util.Random().nextInt(90_000_000));
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        String sealedRef = UUID.randomUUID().toString(), olderRef = UUID.randomUUID().toString();
        String nullRef = UUID.randomUUID().toString(), foreignRef = UUID.randomUUID().toString(), movedRef = UUID.randomUUID().toString();
        String sealed = sealing.keys().seal(phoneContext(sealedRef), phone); // as checkpoint-service seals it, with the test key
        SealingKeys foreign = SealingKeys.parse("k9:" + java.util.Base64.getEncoder().encodeToString(new byte[32]), "a key not given here");
        try (EventSender events = new EventSender(); EventProbe probe = new EventProbe("personnel.events")) {
            events.send(TOPIC, OPENED, sealedRef, referral(sealedRef, village, sealed));
            events.send(TOPIC, OPENED, olderRef, referral(olderRef, village)); // an earlier checkpoint-service: no field
            events.send(TOPIC, OPENED, nullRef, referral(nullRef, village, null)); // no phone recorded at the checkpoint
            events.send(TOPIC, OPENED, foreignRef, referral(foreignRef, village, foreign.seal(phoneContext(foreignRef), phone)));
            events.send(TOPIC, OPENED, movedRef, referral(movedRef, village, sealed)); // another referral's sealed value
            Await.until(() -> observations(sealedRef) + observations(olderRef) + observations(nullRef) + observations(foreignRef)
                    + observations(movedRef) == 5);

            String k = Sql.text("select id::text from key_person where referral_id = ?::uuid", sealedRef);
            Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_PII).get(Api.BASE + "/key-persons/" + k).then().statusCode(200)
                    .body("phone", equalTo(phone)).body("piiMasked", equalTo(false)).body("referralId", equalTo(sealedRef));
            Api.as(Roles.PERSONNEL_READ).get(Api.BASE + "/key-persons/" + k).then().statusCode(200)
                    .body("phone", equalTo(masked)).body("piiMasked", equalTo(true));
            Api.as(Roles.ADMIN).get(Api.BASE + "/key-persons/" + k).then().statusCode(200).body("phone", equalTo(masked));
            assertEquals(phone, Sql.text("select phone from key_person where id = ?::uuid", k), "stored as personnel stores every phone");
            int withPhone = 0;
            for (String r : List.of(olderRef, nullRef, foreignRef, movedRef)) {
                String other = Sql.text("select id::text from key_person where referral_id = ?::uuid", r);
                Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_PII).get(Api.BASE + "/key-persons/" + other).then().statusCode(200)
                        .body("phone", nullValue()).body("category", equalTo("FEVER_AT_CHECKPOINT")).body("divisionCode", equalTo(village));
                if (Sql.text("select phone from key_person where id = ?::uuid", other) != null) withPhone++;
            }
            assertEquals(0, withPhone, "no field, null, a key not held here, a value of another referral: opened without a phone");

            var started = probe.until(k, 1, Duration.ofSeconds(30)).get(0);
            assertEquals("cn.gov.epidemic.personnel.observation.started", started.type());
            assertFalse((started.value() + started.headers()).contains(phone), "personnel's own event masks it: " + started.value());
            assertTrue(started.value().contains(masked), started.value());
            System.out.printf("[test] sealed phone: 1 observation with the phone (whole for personnel:pii, %s otherwise), %d of 4 "
                    + "without a readable sealed phone opened without it, 0 dead-lettered%n", masked, 4 - withPhone);
        }
    }
}
