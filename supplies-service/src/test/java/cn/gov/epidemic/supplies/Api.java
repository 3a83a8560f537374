package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.RealInfra;
import cn.gov.epidemic.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helpers: requests as a client with given roles, and fixtures created through the API. Also the one place
 * that starts the real PostgreSQL and Kafka for every test class of this module.
 */
@QuarkusTestResource(value = RealInfra.class, restrictToAnnotatedClass = false)
public final class Api {

    static final String BASE = "/api/v1/supplies";
    static final String STANDARD = "GB 2626-2006 KN95 / NIOSH N95";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Api() {
    }

    static RequestSpecification as(String... roles) {
        return RestAssured.given().header("Authorization", Tokens.bearer("test-client", roles)).contentType(ContentType.JSON);
    }

    static RequestSpecification writer() {
        return as(Roles.SUPPLIES_READ, Roles.SUPPLIES_WRITE);
    }

    static RequestSpecification allocator() {
        return as(Roles.SUPPLIES_READ, Roles.SUPPLIES_ALLOCATE);
    }

    static RequestSpecification reader() {
        return as(Roles.SUPPLIES_READ);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static String suffix() {
        return SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    static String item(String code) {
        return writer().body(Map.of("code", code + "-" + suffix(), "name", code + " test item", "category", "RESPIRATOR",
                "unitOfMeasure", "piece", "standard", STANDARD)).post(BASE + "/items").then().statusCode(201).extract().path("id");
    }

    static String supplier(String country) {
        return writer().body(Map.of("name", "Supplier " + suffix(), "country", country, "city", "Ulaanbaatar"))
                .post(BASE + "/suppliers").then().statusCode(201).extract().path("id");
    }

    static String warehouse() {
        return writer().body(Map.of("code", "WH-" + suffix(), "name", "测试库", "divisionCode", "150802"))
                .post(BASE + "/warehouses").then().statusCode(201).extract().path("id");
    }

    static String recipient(String kind, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name + " " + suffix(), "kind", kind, "divisionCode", "150821"));
        return writer().body(body).post(BASE + "/recipients").then().statusCode(201).extract().path("id");
    }

    static String planShipment(String supplier, String warehouse, List<Map<String, Object>> lines) {
        return writer().body(Map.of("supplierId", supplier, "reference", "SH-" + suffix(), "origin", "Ulaanbaatar, MN",
                        "portOfEntry", "甘其毛都口岸", "warehouseId", warehouse, "carrier", "test carrier", "lines", lines))
                .post(BASE + "/shipments").then().statusCode(201).extract().path("id");
    }

    static void move(String shipment, String... states) {
        for (String s : states) {
            writer().body(Map.of("to", s)).post(BASE + "/shipments/" + shipment + "/transitions").then().statusCode(200);
        }
    }

    static Map<String, Object> line(String item, int quantity, String lot, LocalDate expiry) {
        Map<String, Object> m = new HashMap<>(Map.of("itemId", item, "quantity", quantity, "lotNumber", lot));
        if (expiry != null) m.put("expiry", expiry.toString());
        return m;
    }

    /** A shipment received in full: the lot id (QUARANTINED). */
    static String receivedLot(String item, String warehouse, int quantity, LocalDate expiry) {
        String shipment = planShipment(supplier("KR"), warehouse, List.of(line(item, quantity, "LOT-" + suffix(), expiry)));
        move(shipment, "DISPATCHED", "AT_PORT", "CUSTOMS_CLEARED", "ARRIVED");
        return writer().body(Map.of("lines", List.of(Map.of("lineNo", 1, "receivedQuantity", quantity))))
                .post(BASE + "/shipments/" + shipment + "/receipt").then().statusCode(200).extract().path("lines[0].lotId");
    }

    /** A lot received and released: usable stock. */
    static String releasedLot(String item, String warehouse, int quantity, LocalDate expiry) {
        String lot = receivedLot(item, warehouse, quantity, expiry);
        writer().body(Map.of("standard", STANDARD, "certificateReference", "CERT-" + suffix()))
                .post(BASE + "/lots/" + lot + "/release").then().statusCode(200);
        return lot;
    }

    /** Stock figures of one lot in one warehouse: on hand, reserved, available. */
    static int[] stock(String warehouse, String lot) {
        var r = reader().get(BASE + "/stock?includeEmpty=true&warehouseId=" + warehouse + "&lotId=" + lot).then().statusCode(200).extract();
        if (((List<?>) r.path("items")).isEmpty()) return new int[]{0, 0, 0};
        return new int[]{r.path("items[0].onHand"), r.path("items[0].reserved"), r.path("items[0].available")};
    }

    static void consistentLedger() {
        reader().get(BASE + "/stock/reconciliation").then().statusCode(200)
                .body("consistent", org.hamcrest.Matchers.equalTo(true))
                .body("mismatches", org.hamcrest.Matchers.hasSize(0));
    }
}
