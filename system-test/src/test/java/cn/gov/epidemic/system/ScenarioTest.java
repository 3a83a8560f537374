package cn.gov.epidemic.system;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The source document's scenario, driven only through the gateway as a government system would, on the suite the
 * run command starts (with its demo data): Hohhot's deployment plan; a checkpoint staffed from personnel-service;
 * Bayannur's supplies through Ganqimaodu to a dispatch whose green-lane pass checkpoint-service issues by itself and a
 * checkpoint verifies; a private-car pass used once and refused the second time; a fever case at a Chifeng checkpoint
 * turned into an observation in the destination community. State is asserted through the API, events on the broker;
 * two steps take a service down for a while and see the flow catch up when it is back.
 */
@Order(1)
class ScenarioTest {

    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static Suite suite;
    static Broker broker;

    @BeforeAll
    static void suite() {
        suite = Suite.get();
        broker = new Broker(suite.kafka, "personnel.events", "supplies.events", "checkpoint.events");
    }

    @AfterAll
    static void close() {
        broker.close();
    }

    private static String idFromList(String path) {
        String id = suite.api().get(path).then().statusCode(200).body("totalItems", greaterThanOrEqualTo(1)).extract().path("items[0].id");
        assertTrue(id != null && !id.isBlank(), path);
        return id;
    }

    private static String checkpoint(String code) {
        return suite.api().get("/api/v1/checkpoints?code=" + code).then().statusCode(200).body("totalItems", equalTo(1))
                .extract().path("items[0].id");
    }

    private static String created(String path, Map<String, ?> body) {
        return suite.api().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path).then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    private static ExtractableResponse<Response> ok(String path, Map<String, ?> body) {
        return suite.api().body(body).post(path).then().log().ifValidationFails().statusCode(200).extract();
    }

    /** Polls through the gateway until the value is there: the flows are asynchronous. */
    private static <T> T eventually(Supplier<T> read) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T v = read.get();
        while (v == null && System.nanoTime() < end) {
            Thread.sleep(200);
            v = read.get();
        }
        assertTrue(v != null, "not there within 60 s");
        return v;
    }

    private static String person(String name, String category) {
        return created("/api/v1/personnel/people", Map.of("name", name, "category", category, "partyMember", true));
    }

    // ------------------------------------------------------------------ personnel

    @Test
    void hohhotSendsOneMoreOfficerUnderItsPlan() {
        String plan = idFromList("/api/v1/personnel/plans?divisionCode=150100");
        suite.api().get("/api/v1/personnel/plans/" + plan + "/progress").then().statusCode(200)
                .body("target", equalTo(1400)).body("deployed", greaterThanOrEqualTo(2010));
        int before = suite.api().get("/api/v1/personnel/plans/" + plan + "/progress").then().extract().path("deployed");

        // an officer of Xincheng district's public security bureau, one of the plan's 46 units
        String unit = suite.api().get("/api/v1/personnel/units?divisionCode=150102&kind=PUBLIC_SECURITY").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
        String officer = created("/api/v1/personnel/people", Map.of("name", "王建华", "category", "POLICE_OFFICER", "unitId", unit, "partyMember", true));
        String deployment = created("/api/v1/personnel/deployments", Map.of("personId", officer, "planId", plan, "destinationType", "DIVISION",
                "divisionCode", "150102001001", "workGroup", "001号工作组", "duties", List.of("SCREENING", "PUBLICITY"), "activateNow", true));
        suite.api().get("/api/v1/personnel/deployments/" + deployment).then().statusCode(200).body("state", equalTo("ACTIVE"));
        suite.api().get("/api/v1/personnel/plans/" + plan + "/progress").then().body("deployed", equalTo(before + 1));
        Broker.Event e = broker.await("deployment.activated", deployment);
        assertEquals(officer, e.data().path("personId").asText());
    }

    @Test
    void aCheckpointIsStaffedFromPersonnelServiceAndUnstaffedAgainOnRelief() throws Exception {
        String cp = checkpoint("TL-EXIT-01");
        suite.api().get("/api/v1/checkpoints/" + cp + "/staffing").then().statusCode(200).body("unstaffed", equalTo(true));
        String officer = person("包宝音", "POLICE_OFFICER");
        String deployment = created("/api/v1/personnel/deployments", Map.of("personId", officer, "destinationType", "CHECKPOINT",
                "checkpointId", cp, "workGroup", "通辽出区通道值守组", "duties", List.of("PUBLIC_ORDER", "REGISTRATION"), "activateNow", true));

        eventually(() -> suite.api().get("/api/v1/checkpoints/" + cp + "/staffing").then().extract().<Integer>path("onDutyCount") == 1 ? "" : null);
        suite.api().get("/api/v1/checkpoints/" + cp + "/staffing").then().body("unstaffed", equalTo(false))
                .body("onDuty[0].personName", equalTo("包宝音")).body("onDuty[0].deploymentId", equalTo(deployment));
        broker.await(e -> e.type() != null && e.type().endsWith(".staffing.changed") && deployment.equals(e.data().path("deploymentId").asText()));

        ok("/api/v1/personnel/deployments/" + deployment + "/relief", Map.of());
        eventually(() -> Boolean.TRUE.equals(suite.api().get("/api/v1/checkpoints/" + cp + "/staffing").then().extract().path("unstaffed")) ? "" : null);
        suite.api().get("/api/v1/checkpoints/staffing?unstaffed=true&size=200").then().statusCode(200).body("items.checkpointId", hasItem(cp));
    }

    // ------------------------------------------------------------------ supplies → checkpoint → supplies

    /** Bayannur: a shipment bought abroad through the Ganqimaodu port, received, released, allocated: a reservation. */
    private static String allocated(String itemCode, String recipientDivision, int quantity) {
        String item = idFromList("/api/v1/supplies/items?code=" + itemCode);
        String standard = suite.api().get("/api/v1/supplies/items/" + item).then().statusCode(200).extract().path("standard");
        String warehouse = suite.api().get("/api/v1/supplies/warehouses?divisionCode=150802").then().statusCode(200)
                .extract().path("items.find { it.code == 'BYN-LINHE' }.id");
        String supplier = idFromList("/api/v1/supplies/suppliers?country=MN");
        String recipient = suite.api().get("/api/v1/supplies/recipients?divisionCode=" + recipientDivision + "&kind=DIVISION").then()
                .statusCode(200).extract().path("items[0].id");
        String lot = "MN-" + itemCode + "-" + System.nanoTime() % 1_000_000;
        String shipment = created("/api/v1/supplies/shipments", Map.of("supplierId", supplier, "reference", "BYN-SYS-" + System.nanoTime() % 1_000_000,
                "origin", "Ulaanbaatar, MN", "portOfEntry", "甘其毛都口岸 (Ganqimaodu)", "warehouseId", warehouse, "carrier", "中蒙跨境公路运输",
                "lines", List.of(Map.of("itemId", item, "quantity", quantity, "lotNumber", lot, "expiry", LocalDate.now(CST).plusYears(2).toString()))));
        for (String to : List.of("DISPATCHED", "AT_PORT", "CUSTOMS_CLEARED", "ARRIVED")) {
            ok("/api/v1/supplies/shipments/" + shipment + "/transitions", Map.of("to", to));
        }
        String lotId = ok("/api/v1/supplies/shipments/" + shipment + "/receipt", Map.of("lines", List.of(Map.of("lineNo", 1, "receivedQuantity", quantity))))
                .path("lines[0].lotId");
        ok("/api/v1/supplies/lots/" + lotId + "/release", Map.of("standard", standard, "certificateReference", "CIQ-" + lot));
        String request = created("/api/v1/supplies/requests", Map.of("recipientId", recipient, "itemId", item, "quantity", quantity / 2,
                "priority", "OTHER", "note", "卡口及社区防控"));
        String plan = created("/api/v1/supplies/allocation-plans", Map.of("itemId", item, "warehouseId", warehouse, "requestIds", List.of(request)));
        var approved = ok("/api/v1/supplies/allocation-plans/" + plan + "/approval", Map.of());
        assertEquals("APPROVED", approved.path("state"));
        assertEquals(quantity / 2, (int) approved.path("lines[0].quantity"));
        return approved.path("lines[0].reservationId");
    }

    private static String dispatch(String reservation, String plate) {
        return created("/api/v1/supplies/dispatches", Map.of("reservationIds", List.of(reservation), "vehiclePlate", plate,
                "driverName", "苏和", "route", "临河应急物资库 → G7 京新高速 → 乌拉特后旗",
                "expectedArrival", OffsetDateTime.now(CST).plusHours(4).toString()));
    }

    private static String passOf(String dispatch) {
        return suite.api().get("/api/v1/supplies/dispatches/" + dispatch).then().statusCode(200).extract().path("passId");
    }

    @Test
    void bayannurSuppliesLeaveWithAGreenLanePassIssuedByCheckpointServiceAndVerifiedOnTheRoad() throws Exception {
        String reservation = allocated("N95", "150825", 2000);
        String dispatch = dispatch(reservation, "蒙L·G2020");
        suite.api().post("/api/v1/supplies/dispatches/" + dispatch + "/departure").then().statusCode(409)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("pass-required"));

        String passId = eventually(() -> passOf(dispatch)); // dispatch.planned → checkpoint-service → pass.issued → recorded
        var pass = suite.api().get("/api/v1/checkpoints/passes/" + passId).then().statusCode(200)
                .body("type", equalTo("EMERGENCY_TRANSPORT")).body("plate", equalTo("蒙LG2020")).body("greenLane", equalTo(true))
                .body("dispatchId", equalTo(dispatch)).body("state", equalTo("ACTIVE")).extract();
        suite.api().get("/api/v1/supplies/dispatches/" + dispatch).then().body("passCode", equalTo(pass.path("code")));

        // on the road: the Bayannur toll-station green lane checks the vehicle and its pass
        String station = checkpoint("BYN-G7-LINHE");
        suite.api().body(Map.of("checkpointId", station, "plate", "蒙LG2020", "vehicleKind", "TRUCK", "origin", "临河", "destination", "乌拉特后旗",
                        "passCode", pass.path("code"), "occupants", List.of(Map.of("role", "DRIVER", "name", "苏和", "temperature", 36.4))))
                .post("/api/v1/checkpoints/inspections").then().statusCode(201)
                .body("passId", equalTo(passId)).body("passResult", equalTo("VALID")).body("outcome", equalTo("PASSED"));

        ok("/api/v1/supplies/dispatches/" + dispatch + "/departure", Map.of());
        ok("/api/v1/supplies/dispatches/" + dispatch + "/delivery", Map.of("receivedBy", "乌拉特后旗卫健委"));
        eventually(() -> "USED".equals(suite.api().get("/api/v1/checkpoints/passes/" + passId).then().extract().path("state")) ? "" : null);

        Broker.Event planned = broker.await("dispatch.planned", dispatch);
        assertEquals("蒙L·G2020", planned.data().path("vehiclePlate").asText());
        assertEquals(dispatch, broker.await("pass.issued", passId).data().path("dispatchId").asText());
        assertEquals(passId, broker.await("dispatch.pass-recorded", dispatch).data().path("passId").asText());
        broker.await("dispatch.delivered", dispatch);
        broker.await("pass.used", passId);
    }

    @Test
    void aDispatchPlannedWhileCheckpointServiceIsDownGetsItsPassWhenItIsBack() throws Exception {
        String reservation = allocated("MASK-DISP", "150826", 1000);
        suite.stop("checkpoint");
        String dispatch;
        try {
            dispatch = dispatch(reservation, "蒙L·H3030");
            suite.api().get("/api/v1/checkpoints/passes?plate=蒙LH3030").then().statusCode(503); // the gateway says it is down
            Thread.sleep(2000);
            assertEquals(null, passOf(dispatch), "no pass while checkpoint-service is down");
        } finally {
            suite.start("checkpoint");
        }
        String passId = eventually(() -> passOf(dispatch));
        suite.api().get("/api/v1/checkpoints/passes/" + passId).then().statusCode(200).body("dispatchId", equalTo(dispatch));
        suite.api().get("/api/v1/checkpoints/passes?plate=蒙LH3030").then().body("totalItems", equalTo(1)); // one pass, not two

        // cancelled before departure: its pass is revoked
        ok("/api/v1/supplies/dispatches/" + dispatch + "/cancellation", Map.of("reason", "车辆故障，改派"));
        eventually(() -> "REVOKED".equals(suite.api().get("/api/v1/checkpoints/passes/" + passId).then().extract().path("state")) ? "" : null);
        suite.api().get("/api/v1/checkpoints/passes/" + passId).then().body("voidReason", equalTo("dispatch cancelled: 车辆故障，改派"));
    }

    // ------------------------------------------------------------------ checkpoint: a private car's return-to-work pass

    @Test
    void aPrivateReturnToWorkPassIsUsedOnceAndRefusedTheSecondTime() {
        LocalDate tomorrow = LocalDate.now(CST).plusDays(1);
        Map<String, Object> body = new HashMap<>(Map.of("plate", "蒙D52020", "issuingBody", "红山区长青街道长青社区",
                "driver", Map.of("name", "刘春雷", "idCardNumber", "150402198503120017", "phone", "13904760001"),
                "passengers", List.of(Map.of("name", "刘玉兰", "idCardNumber", "150402198804020028")),
                "origin", "红山区长青社区", "destination", "元宝山区平庄镇", "departureDate", tomorrow.toString()));
        var pass = suite.api().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/checkpoints/passes/private-car")
                .then().statusCode(201).body("driver.idCardNumber", not(equalTo("150402198503120017"))).extract();
        String id = pass.path("id");
        String code = pass.path("code");
        String onTheWay = tomorrow.atTime(9, 30).atZone(CST).toOffsetDateTime().toString();
        suite.api().body(Map.of("code", code, "plate", "蒙D52020", "occupants", 2, "at", onTheWay)).post("/api/v1/checkpoints/passes/verification")
                .then().body("valid", equalTo(true));

        // arrival recorded at the destination's checkpoint: the pass is void (到达目的地后此卡自动失效)
        String arrivalPoint = checkpoint("CF-RING-02");
        ok("/api/v1/checkpoints/passes/" + id + "/arrival", Map.of("checkpointId", arrivalPoint));
        suite.api().body(Map.of("code", code, "plate", "蒙D52020", "occupants", 2, "at", onTheWay)).post("/api/v1/checkpoints/passes/verification")
                .then().statusCode(200).body("valid", equalTo(false)).body("reason", equalTo("USED"));
        broker.await("pass.used", id);
    }

    // ------------------------------------------------------------------ checkpoint → personnel

    private static Map<String, Object> feverInspection(String checkpoint, String plate, String passenger) {
        return Map.of("checkpointId", checkpoint, "plate", plate, "vehicleKind", "PRIVATE_CAR", "origin", "松山区",
                "destination", "元宝山区平庄镇第1社区", "destinationDivisionCode", "150403100001",
                "occupants", List.of(Map.of("role", "DRIVER", "name", "孙春雷", "temperature", 36.6),
                        Map.of("role", "PASSENGER", "name", passenger, "phone", TRAVELLER_PHONE, "temperature", 38.1)));
    }

    /** The phone of the traveller with a fever, recorded at the checkpoint: the community reads it on the observation. */
    private static final String TRAVELLER_PHONE = "13947610381";

    private static String observationOf(String referral) {
        return suite.api().get("/api/v1/personnel/key-persons?referralId=" + referral).then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void aFeverCaseAtAChifengCheckpointBecomesAnObservationInTheDestinationCommunity() throws Exception {
        String cp = checkpoint("CF-RING-01");
        var inspection = suite.api().header("Idempotency-Key", UUID.randomUUID().toString()).body(feverInspection(cp, "蒙D66001", "孙玉梅"))
                .post("/api/v1/checkpoints/inspections").then().statusCode(201).body("outcome", equalTo("REFERRED")).extract();
        String referral = inspection.path("referralIds[0]");
        suite.api().get("/api/v1/checkpoints/referrals/" + referral).then().statusCode(200)
                .body("destinationDivisionCode", equalTo("150403100001")).body("state", equalTo("DETECTED"));

        String observation = eventually(() -> observationOf(referral));
        var k = suite.api().get("/api/v1/personnel/key-persons/" + observation).then().statusCode(200)
                .body("name", equalTo("孙玉梅")).body("state", equalTo("UNDER_OBSERVATION")).body("referralId", equalTo(referral))
                .body("assignedTo.size()", greaterThanOrEqualTo(1)).body("assignedTo[0].name", notNullValue()).extract();
        // the officers assigned are those deployed in the community
        List<String> deployed = suite.api().get("/api/v1/personnel/deployments?divisionCode=150403100001&state=ACTIVE&size=200").then()
                .extract().path("items.id");
        List<String> assigned = k.path("assignedTo.deploymentId");
        assertTrue(deployed.containsAll(assigned) && assigned.containsAll(deployed), "assigned " + assigned + ", deployed " + deployed);

        assertEquals("150403100001", broker.await("referral.opened", referral).data().path("destinationDivisionCode").asText());
        assertEquals(referral, broker.await("observation.started", observation).data().path("referralId").asText());
        assertFalse(broker.await("referral.opened", referral).data().toString().contains("idCardNumber\":\"1"), "no ID-card number in clear on the broker");
        // the phone reaches the community (the demo key holds personnel:pii), sealed on the broker, never in clear
        assertEquals(TRAVELLER_PHONE, k.path("phone"), "the observation carries the traveller's phone");
        var opened = broker.await("referral.opened", referral).data();
        assertFalse(opened.toString().contains(TRAVELLER_PHONE), "no phone in clear on the broker: " + opened);
        assertTrue(opened.path("sealedPhone").asText().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), opened.path("sealedPhone").toString());
        assertFalse(broker.await("observation.started", observation).data().toString().contains(TRAVELLER_PHONE), "personnel's event masks it");
    }

    @Test
    void aFeverCaseRecordedWhilePersonnelServiceIsDownIsObservedWhenItIsBack() throws Exception {
        String cp = checkpoint("CF-RING-01");
        suite.stop("personnel");
        String referral;
        try {
            referral = suite.api().body(feverInspection(cp, "蒙D66002", "赵秀英")).post("/api/v1/checkpoints/inspections").then()
                    .statusCode(201).extract().path("referralIds[0]");
            suite.api().get("/api/v1/personnel/key-persons").then().statusCode(503);
        } finally {
            suite.start("personnel");
        }
        String observation = eventually(() -> observationOf(referral));
        suite.api().get("/api/v1/personnel/key-persons/" + observation).then().body("name", equalTo("赵秀英")).body("endReason", nullValue());
    }
}
