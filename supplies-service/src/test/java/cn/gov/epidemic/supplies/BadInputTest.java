package cn.gov.epidemic.supplies;

import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Acceptance 4: bad input is a 4xx problem+json and changes nothing. */
@QuarkusTest
class BadInputTest {

    private static final String B = Api.BASE;
    private static final String PROBLEMS = "https://epidemic.gov.cn/problems/";

    private static long movements() {
        return Sql.count("select count(*) from stock_movement");
    }

    @Test
    void unknownItemIsRefused() {
        String recipient = Api.recipient("HOSPITAL", "未知物资医院");
        long before = Sql.count("select count(*) from supply_request");
        Api.writer().body(Map.of("recipientId", recipient, "itemId", UUID.randomUUID().toString(), "quantity", 10, "priority", "OTHER"))
                .post(B + "/requests").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation")).body("violations.field", hasItem("itemId"));
        Api.writer().body(Map.of("supplierId", Api.supplier("TR"), "reference", "PO-" + Api.suffix(), "orderedOn", "2020-01-28", "currency", "CNY",
                        "lines", List.of(Map.of("itemId", UUID.randomUUID().toString(), "quantity", 5))))
                .post(B + "/orders").then().statusCode(400).body("violations.field", hasItem("lines[0].itemId"));
        assertEquals(before, Sql.count("select count(*) from supply_request"));
        assertEquals(0, Sql.count("select count(*) from procurement_order o where not exists (select 1 from order_line l where l.order_id = o.id)"));
    }

    @Test
    void zeroOrNegativeQuantitiesAreRefused() {
        String item = Api.item("QTY");
        String recipient = Api.recipient("HOSPITAL", "数量医院");
        String warehouse = Api.warehouse();
        for (int q : new int[]{0, -5}) {
            Api.writer().body(Map.of("recipientId", recipient, "itemId", item, "quantity", q, "priority", "OTHER"))
                    .post(B + "/requests").then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("quantity"));
            Api.allocator().body(Map.of("recipientId", recipient, "itemId", item, "warehouseId", warehouse, "quantity", q))
                    .post(B + "/reservations").then().statusCode(400).body("violations.field", hasItem("quantity"));
            Api.writer().body(Map.of("supplierId", Api.supplier("KR"), "reference", "SH-" + Api.suffix(), "origin", "Seoul", "portOfEntry", "甘其毛都口岸",
                    "warehouseId", warehouse, "lines", List.of(Map.of("itemId", item, "quantity", q))))
                    .post(B + "/shipments").then().statusCode(400).body("violations.field", hasItem("lines[0].quantity"));
        }
        Api.writer().body(Map.of("warehouseId", warehouse, "lotId", UUID.randomUUID().toString(), "quantity", 0, "reason", "DAMAGED"))
                .post(B + "/stock/adjustments").then().statusCode(400);
        Api.writer().body(Map.of("recipientId", recipient, "itemId", item, "quantity", "many", "priority", "OTHER"))
                .post(B + "/requests").then().statusCode(400).contentType("application/problem+json");
        Api.writer().body(Map.of("recipientId", recipient, "itemId", item, "quantity", 3, "priority", "VIP"))
                .post(B + "/requests").then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, Sql.count("select count(*) from supply_request where item_id = ?", UUID.fromString(item)));
    }

    @Test
    void expiryInThePastOnReceiptIsRefusedAndNothingIsReceived() {
        String item = Api.item("EXP");
        String warehouse = Api.warehouse();
        String shipment = Api.planShipment(Api.supplier("TR"), warehouse, List.of(Api.line(item, 100, "OLD-" + Api.suffix(), Api.today().minusDays(1))));
        Api.move(shipment, "DISPATCHED", "AT_PORT", "CUSTOMS_CLEARED", "ARRIVED");
        long before = movements();
        Api.writer().body(Map.of("lines", List.of(Map.of("lineNo", 1, "receivedQuantity", 100))))
                .post(B + "/shipments/" + shipment + "/receipt").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "expired-on-receipt"));
        Api.reader().get(B + "/shipments/" + shipment).then().body("state", equalTo("ARRIVED")).body("lines[0].receivedQuantity", equalTo(null));
        assertEquals(before, movements());
        assertEquals(0, Sql.count("select count(*) from lot where item_id = ?", UUID.fromString(item)));
        // a discrepancy without its reason is refused too
        String s2 = Api.planShipment(Api.supplier("TR"), warehouse, List.of(Api.line(item, 100, "NEW-" + Api.suffix(), Api.today().plusYears(1))));
        Api.move(s2, "DISPATCHED", "AT_PORT", "CUSTOMS_CLEARED", "ARRIVED");
        Api.writer().body(Map.of("lines", List.of(Map.of("lineNo", 1, "receivedQuantity", 90))))
                .post(B + "/shipments/" + s2 + "/receipt").then().statusCode(400).body("violations.field", hasItem("lines[0].reason"));
        Api.writer().body(Map.of("lines", List.of(Map.of("lineNo", 1, "receivedQuantity", 110, "reason", "SHORT"))))
                .post(B + "/shipments/" + s2 + "/receipt").then().statusCode(400);
        assertEquals(before, movements());
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        String item = Api.item("ORD");
        String shipment = Api.planShipment(Api.supplier("MN"), Api.warehouse(), List.of(Api.line(item, 10, "L-" + Api.suffix(), null)));
        for (String to : List.of("ARRIVED", "CUSTOMS_CLEARED", "HELD", "PLANNED")) {
            Api.writer().body(Map.of("to", to)).post(B + "/shipments/" + shipment + "/transitions").then().statusCode(409)
                    .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "invalid-state-transition"));
        }
        Api.writer().body(Map.of("lines", List.of(Map.of("lineNo", 1, "receivedQuantity", 10))))
                .post(B + "/shipments/" + shipment + "/receipt").then().statusCode(409).body("type", equalTo(PROBLEMS + "invalid-state-transition"));
        Api.writer().body(Map.of("to", "RECEIVED")).post(B + "/shipments/" + shipment + "/transitions").then().statusCode(400);
        Api.writer().body(Map.of("to", "DISPATCHED", "at", "2099-01-01T00:00:00+08:00")).post(B + "/shipments/" + shipment + "/transitions").then().statusCode(400);
        Api.writer().header("If-Match", "\"7\"").body(Map.of("to", "DISPATCHED")).post(B + "/shipments/" + shipment + "/transitions").then().statusCode(412);
        Api.reader().get(B + "/shipments/" + shipment).then().body("state", equalTo("PLANNED")).header("ETag", "\"0\"");
        Api.reader().get(B + "/shipments/" + shipment + "/transitions").then().body("items.toState", equalTo(List.of("PLANNED")));
        Api.reader().get(B + "/shipments/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void quarantinedHeldOrExpiredLotsAreNeverAllocated() {
        String item = Api.item("LOTS");
        String warehouse = Api.warehouse();
        String recipient = Api.recipient("HOSPITAL", "批次医院");
        String quarantined = Api.receivedLot(item, warehouse, 100, Api.today().plusYears(1));
        long before = movements();
        reserve(recipient, item, warehouse, quarantined, 10).statusCode(409).body("type", equalTo(PROBLEMS + "lot-quarantined"));
        reserve(recipient, item, warehouse, null, 10).statusCode(409).body("type", equalTo(PROBLEMS + "insufficient-stock"));
        // the wrong standard does not release it
        Api.writer().body(Map.of("standard", "EN 149 FFP2", "certificateReference", "X-1")).post(B + "/lots/" + quarantined + "/release")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "standard-mismatch"));
        assertArrayEquals(new int[]{100, 0, 0}, Api.stock(warehouse, quarantined));

        // a released lot whose expiry has passed since (the calendar moved on) is never allocated
        String expiring = Api.releasedLot(item, warehouse, 50, Api.today().plusDays(10));
        Sql.update("update lot set expiry = ? where id = ?", java.sql.Date.valueOf(Api.today().minusDays(1)), UUID.fromString(expiring));
        before = movements();
        reserve(recipient, item, warehouse, expiring, 10).statusCode(409).body("type", equalTo(PROBLEMS + "lot-expired"));
        reserve(recipient, item, warehouse, null, 10).statusCode(409).body("type", equalTo(PROBLEMS + "insufficient-stock"));
        Api.writer().body(Map.of("itemId", item, "warehouseId", warehouse)).post(B + "/allocation-plans").then().statusCode(409);
        Api.reader().get(B + "/stock?lotId=" + expiring).then().body("items[0].expiryBucket", equalTo("EXPIRED"));

        // a held lot neither
        String held = Api.releasedLot(item, warehouse, 30, Api.today().plusYears(1));
        Api.writer().body(Map.of("reason", "certificate does not match")).post(B + "/lots/" + held + "/hold").then().statusCode(200).body("state", equalTo("HELD"));
        assertArrayEquals(new int[]{30, 0, 0}, Api.stock(warehouse, held));
        long afterHold = movements();
        reserve(recipient, item, warehouse, held, 10).statusCode(409).body("type", equalTo(PROBLEMS + "lot-held"));
        reserve(recipient, item, warehouse, null, 10).statusCode(409).body("type", equalTo(PROBLEMS + "insufficient-stock"));
        assertEquals(afterHold, movements());
        assertEquals(0, Sql.count("select count(*) from reservation where item_id = ?", UUID.fromString(item)));
        Api.consistentLedger();
    }

    @Test
    void aDirectedDonationNeedsSomebodyToForwardTo() {
        long before = Sql.count("select count(*) from donation");
        Api.writer().body(Map.of("donor", "某企业", "kind", "MONEY", "receivedOn", "2020-01-30", "receivedBy", "鄂尔多斯市红十字会",
                        "amount", new java.math.BigDecimal("1000000.00"), "currency", "CNY", "directed", true))
                .post(B + "/donations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("directedRecipientId"));
        Api.writer().body(Map.of("donor", "某企业", "kind", "MONEY", "receivedOn", "2020-01-30", "receivedBy", "鄂尔多斯市红十字会",
                        "amount", new java.math.BigDecimal("1000000.00"), "currency", "CNY", "directed", true, "directedRecipientId", UUID.randomUUID().toString()))
                .post(B + "/donations").then().statusCode(400).body("violations.field", hasItem("directedRecipientId"));
        Api.writer().body(Map.of("donor", "某企业", "kind", "MONEY", "receivedOn", "2020-01-30", "receivedBy", "鄂尔多斯市红十字会",
                        "amount", new java.math.BigDecimal("-5"), "currency", "CNY", "directed", false))
                .post(B + "/donations").then().statusCode(400).body("violations.field", hasItem("amount"));
        assertEquals(before, Sql.count("select count(*) from donation"));
        // an undirected donation went into the pool: there is nobody to forward it to
        String pool = Api.writer().body(Map.of("donor", "某个人", "kind", "MONEY", "receivedOn", "2020-01-30", "receivedBy", "鄂尔多斯市慈善总会",
                        "amount", new java.math.BigDecimal("5000.00"), "currency", "CNY", "directed", false))
                .post(B + "/donations").then().statusCode(201).extract().path("id");
        Api.writer().body(Map.of("amount", new java.math.BigDecimal("5000.00"), "forwardedOn", "2020-01-31")).post(B + "/donations/" + pool + "/forwardings")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "donation-not-directed"));
        assertEquals(0, Sql.count("select count(*) from donation_forwarding where donation_id = ?", UUID.fromString(pool)));
        // a directed one forwards at most its amount
        String wuhan = Api.recipient("ORGANISATION", "武汉市红十字会");
        String directed = Api.writer().body(Map.of("donor", "某集团", "kind", "MONEY", "receivedOn", "2020-01-30", "receivedBy", "鄂尔多斯市红十字会",
                        "amount", new java.math.BigDecimal("3000.00"), "currency", "CNY", "directed", true, "directedRecipientId", wuhan))
                .post(B + "/donations").then().statusCode(201).extract().path("id");
        Api.writer().body(Map.of("amount", new java.math.BigDecimal("3000.01"), "forwardedOn", "2020-01-31")).post(B + "/donations/" + directed + "/forwardings")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "forwarding-exceeds-donation"));
        Api.writer().body(Map.of("amount", new java.math.BigDecimal("3000.00"), "forwardedOn", "2020-01-31")).post(B + "/donations/" + directed + "/forwardings").then().statusCode(201);
        Api.reader().get(B + "/donations/" + directed + "/trace").then().statusCode(200).body("status", equalTo("FORWARDED_IN_FULL"))
                .body("forwardings[0].recipientId", equalTo(wuhan));
    }

    private static io.restassured.response.ValidatableResponse reserve(String recipient, String item, String warehouse, String lot, int q) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("recipientId", recipient, "itemId", item, "warehouseId", warehouse, "quantity", q));
        if (lot != null) body.put("lotId", lot);
        return Api.allocator().body(body).post(B + "/reservations").then().contentType("application/problem+json");
    }
}
