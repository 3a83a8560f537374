package cn.gov.epidemic.supplies;

import cn.gov.epidemic.supplies.event.SuppliesEvents;
import cn.gov.epidemic.testkit.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance 2, the full journey: order → shipment through the port with customs states → receipt with a discrepancy
 * → lot release → requests from two hospitals and a banner → allocation plan for scarce N95 → approval → dispatch →
 * pass reference → delivery; stock figures at every step; the events of every step read from the broker.
 */
@QuarkusTest
class SupplyJourneyTest {

    private static final String B = Api.BASE;

    @Test
    void fromForeignSupplierToCountyHospital() {
        try (EventProbe probe = new EventProbe("supplies.events")) {
            String n95 = Api.item("N95");
            String suits = Api.item("SUIT");
            String supplier = Api.supplier("MN");
            String linhe = Api.warehouse();

            // order
            String order = Api.writer().body(Map.of("supplierId", supplier, "reference", "PO-" + Api.suffix(), "orderedOn", "2020-01-28", "currency", "CNY",
                            "lines", List.of(Map.of("itemId", n95, "quantity", 10000, "unitPrice", new java.math.BigDecimal("12.50")), Map.of("itemId", suits, "quantity", 1195))))
                    .post(B + "/orders").then().statusCode(201).body("lines", hasSize(2)).extract().path("id");

            // shipment, PLANNED: expected in the outlook, not on hand
            String lotNumber = "KR-N95-" + Api.suffix();
            String shipment = Api.writer().body(Map.of("orderId", order, "supplierId", supplier, "reference", "SH-" + Api.suffix(),
                            "origin", "Ulaanbaatar, MN", "portOfEntry", "甘其毛都口岸 (Ganqimaodu)", "warehouseId", linhe, "carrier", "测试物流",
                            "plannedArrival", Api.today().toString(),
                            "lines", List.of(Api.line(n95, 10000, lotNumber, Api.today().plusYears(3)), Api.line(suits, 1195, "SUIT-" + Api.suffix(), Api.today().plusYears(2)))))
                    .post(B + "/shipments").then().statusCode(201).header("ETag", "\"0\"").body("state", equalTo("PLANNED")).extract().path("id");
            outlook(n95, linhe, 0, 0, 0, 10000);

            // through the port: customs hold, then clearance; a repeated transition is refused
            Api.move(shipment, "DISPATCHED", "AT_PORT");
            Api.writer().body(Map.of("to", "AT_PORT")).post(B + "/shipments/" + shipment + "/transitions").then().statusCode(409)
                    .contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/invalid-state-transition"));
            Api.move(shipment, "HELD", "CUSTOMS_CLEARED", "ARRIVED");
            Api.reader().get(B + "/shipments/" + shipment + "/transitions").then().statusCode(200)
                    .body("items.toState", equalTo(List.of("PLANNED", "DISPATCHED", "AT_PORT", "HELD", "CUSTOMS_CLEARED", "ARRIVED"))).body("totalItems", equalTo(6));
            outlook(n95, linhe, 0, 0, 0, 10000);

            // receipt with a discrepancy: 20 respirators damaged; the lot is on hand but quarantined
            String lot = Api.writer().body(Map.of("lines", List.of(
                            Map.of("lineNo", 1, "receivedQuantity", 9980, "reason", "DAMAGED", "note", "20 with torn packaging"),
                            Map.of("lineNo", 2, "receivedQuantity", 1195))))
                    .post(B + "/shipments/" + shipment + "/receipt").then().statusCode(200).body("state", equalTo("RECEIVED"))
                    .extract().path("lines[0].lotId");
            Api.reader().get(B + "/receipt-discrepancies?shipmentId=" + shipment).then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].difference", equalTo(-20)).body("items[0].reason", equalTo("DAMAGED"));
            assertArrayEquals(new int[]{9980, 0, 0}, Api.stock(linhe, lot), "received: on hand, not available");
            outlook(n95, linhe, 9980, 0, 0, 0);
            Api.reader().get(B + "/lots/" + lot).then().body("state", equalTo("QUARANTINED"));

            // release after the conformity check
            Api.writer().body(Map.of("standard", Api.STANDARD, "certificateReference", "KTL-2020-0113"))
                    .post(B + "/lots/" + lot + "/release").then().statusCode(200).body("state", equalTo("RELEASED"));
            assertArrayEquals(new int[]{9980, 0, 9980}, Api.stock(linhe, lot));

            // requests from two hospitals and a banner: 12,000 asked, 9,980 there
            String feverHospital = Api.recipient("HOSPITAL", "巴彦淖尔市医院");
            String clinic = Api.recipient("HOSPITAL", "五原县人民医院");
            String banner = Api.recipient("DIVISION", "五原县");
            String rq1 = request(feverHospital, n95, 4000, "DESIGNATED_FEVER_HOSPITAL");
            String rq2 = request(clinic, n95, 5000, "FRONTLINE_CLINIC");
            String rq3 = request(banner, n95, 3000, "FRONTLINE_CLINIC");

            // the plan: tier 1 in full; tier 2 shares 5,980 in proportion 5:3 → 3737.5 / 2242.5, the tie's unit to the older request
            var plan = Api.writer().body(Map.of("itemId", n95, "warehouseId", linhe, "requestIds", List.of(rq1, rq2, rq3)))
                    .post(B + "/allocation-plans").then().statusCode(201).body("state", equalTo("PROPOSED"))
                    .body("quantity", equalTo(9980))
                    .body("lines.quantity", equalTo(List.of(4000, 3738, 2242)))
                    .body("lines[0].reason", containsString("in full"))
                    .body("lines[1].reason", containsString("largest remainder"))
                    .body("lines[2].reason", containsString("proportional share"))
                    .extract();
            String planId = plan.path("id");
            assertArrayEquals(new int[]{9980, 0, 9980}, Api.stock(linhe, lot), "a proposed plan reserves nothing");

            // approval needs supplies:allocate
            Api.writer().post(B + "/allocation-plans/" + planId + "/approval").then().statusCode(403);
            Api.allocator().header("If-Match", "\"0\"").post(B + "/allocation-plans/" + planId + "/approval").then().statusCode(200)
                    .body("state", equalTo("APPROVED"));
            assertArrayEquals(new int[]{9980, 9980, 0}, Api.stock(linhe, lot), "approved: all reserved, nothing available");
            Api.reader().get(B + "/requests/" + rq1).then().body("state", equalTo("ALLOCATED")).body("allocated", equalTo(4000));
            Api.reader().get(B + "/requests/" + rq2).then().body("state", equalTo("PARTIALLY_ALLOCATED")).body("allocated", equalTo(3738));
            String reservation = Api.reader().get(B + "/reservations?recipientId=" + feverHospital).then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].lots[0].lotId", equalTo(lot)).extract().path("items[0].id");

            // dispatch to the fever hospital: no departure without the pass
            String dispatch = Api.writer().body(Map.of("reservationIds", List.of(reservation), "vehiclePlate", "蒙L·A1234", "driverName", "张师傅",
                            "route", "临河 → 市医院", "expectedArrival", java.time.OffsetDateTime.now().plusHours(3).toString()))
                    .post(B + "/dispatches").then().statusCode(201).body("state", equalTo("PLANNED")).body("passId", nullValue())
                    .body("lines[0].quantity", equalTo(4000)).extract().path("id");
            Api.writer().post(B + "/dispatches/" + dispatch + "/departure").then().statusCode(409)
                    .body("type", equalTo("https://epidemic.gov.cn/problems/pass-required"));
            String passId = UUID.randomUUID().toString();
            Api.writer().body(Map.of("passId", passId, "passCode", "EP-150800-0001.sig")).post(B + "/dispatches/" + dispatch + "/pass")
                    .then().statusCode(200).body("passId", equalTo(passId));
            Api.writer().body(Map.of("passId", UUID.randomUUID().toString(), "passCode", "other")).post(B + "/dispatches/" + dispatch + "/pass")
                    .then().statusCode(409).body("type", equalTo("https://epidemic.gov.cn/problems/pass-already-recorded"));
            Api.writer().post(B + "/dispatches/" + dispatch + "/departure").then().statusCode(200).body("state", equalTo("DEPARTED"));
            assertArrayEquals(new int[]{5980, 5980, 0}, Api.stock(linhe, lot), "departed: 4,000 left the warehouse");
            Api.writer().post(B + "/dispatches/" + dispatch + "/cancellation").then().statusCode(400); // a body (the reason) is required
            Api.writer().body(Map.of("reason", "too late")).post(B + "/dispatches/" + dispatch + "/cancellation").then().statusCode(409);

            // delivery closes it
            Api.writer().body(Map.of("receivedBy", "医院物资科")).post(B + "/dispatches/" + dispatch + "/delivery").then().statusCode(200)
                    .body("state", equalTo("DELIVERED"));
            Api.reader().get(B + "/allocation-fulfilment?itemId=" + n95 + "&recipientId=" + feverHospital).then().statusCode(200)
                    .body("[0].requested", equalTo(4000)).body("[0].delivered", equalTo(4000)).body("[0].percentDelivered", equalTo(100.0f));
            outlook(n95, linhe, 5980, 0, 5980, 0);
            Api.reader().get(B + "/stock/ledger?lotId=" + lot).then().statusCode(200)
                    .body("items.kind", equalTo(List.of("RECEIPT", "RELEASE", "RESERVATION", "RESERVATION", "RESERVATION", "DISPATCH")));
            Api.consistentLedger();

            // the events of every step, from the broker
            List<EventProbe.Event> shipmentEvents = probe.until(shipment, 7, Duration.ofSeconds(30));
            assertEquals(List.of("planned", "dispatched", "at-port", "held", "customs-cleared", "arrived", "received"),
                    shipmentEvents.stream().map(e -> e.type().replace("cn.gov.epidemic.supplies.shipment.", "")).toList());
            assertTypes(probe, order, "cn.gov.epidemic.supplies.order.placed");
            assertTypes(probe, lot, "cn.gov.epidemic.supplies.lot.released");
            assertTypes(probe, planId, "cn.gov.epidemic.supplies.allocation.proposed", "cn.gov.epidemic.supplies.allocation.approved");
            assertTypes(probe, reservation, "cn.gov.epidemic.supplies.reservation.made");
            assertTypes(probe, dispatch, "cn.gov.epidemic.supplies.dispatch.planned", "cn.gov.epidemic.supplies.dispatch.pass-recorded",
                    "cn.gov.epidemic.supplies.dispatch.departed", "cn.gov.epidemic.supplies.dispatch.delivered");
            EventProbe.Event delivered = probe.until(dispatch, 4, Duration.ofSeconds(5)).get(3);
            assertEquals("/supplies-service", delivered.source());
            assertEquals(SuppliesEvents.DISPATCH_DELIVERED.dataschema(), delivered.headers().get("ce_dataschema"));
            String data = delivered.value().replace(" ", "");
            assertTrue(data.contains("\"state\":\"DELIVERED\"") && data.contains(passId), data);
        }
    }

    private static void assertTypes(EventProbe probe, String subject, String... types) {
        List<EventProbe.Event> events = probe.until(subject, types.length, Duration.ofSeconds(30));
        assertEquals(List.of(types), events.stream().map(EventProbe.Event::type).toList(), "events of " + subject);
    }

    private static String request(String recipient, String item, int quantity, String priority) {
        return Api.writer().body(Map.of("recipientId", recipient, "itemId", item, "quantity", quantity, "priority", priority))
                .post(B + "/requests").then().statusCode(201).body("state", equalTo("OPEN")).extract().path("id");
    }

    private static void outlook(String item, String warehouse, int onHand, int available, int reserved, int expected) {
        Api.reader().get(B + "/stock/outlook?itemId=" + item + "&warehouseId=" + warehouse).then().statusCode(200)
                .body("onHand", equalTo(onHand)).body("available", equalTo(available)).body("reserved", equalTo(reserved))
                .body("expected", equalTo(expected));
    }
}
