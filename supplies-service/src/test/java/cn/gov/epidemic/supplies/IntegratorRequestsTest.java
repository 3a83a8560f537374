package cn.gov.epidemic.supplies;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What integrators asked for: filters by division (and all under it), name and port; transitions as a page; true plan reasons. */
@QuarkusTest
class IntegratorRequestsTest {

    private static final String B = Api.BASE;

    @Test
    void aDivisionFindsEverythingUnderItAndNamesMatchIgnoringCase() {
        String tag = "Xc" + Api.suffix();
        String warehouse = Api.writer().body(Map.of("code", "WH-" + Api.suffix(), "name", "新城区储备库 " + tag, "divisionCode", "150102"))
                .post(B + "/warehouses").then().statusCode(201).extract().path("id");
        String recipient = Api.writer().body(Map.of("name", "新城区医院 " + tag, "kind", "HOSPITAL", "divisionCode", "150102001"))
                .post(B + "/recipients").then().statusCode(201).extract().path("id");
        String lower = tag.toLowerCase();
        // Hohhot (150100) and Inner Mongolia (150000) find Xincheng District's (150102) and its town's; Baotou (150200) does not
        for (String division : List.of("150100", "150000", "150102")) {
            Api.reader().get(B + "/warehouses?divisionCode=" + division + "&name=" + lower).then().statusCode(200)
                    .body("items.id", equalTo(List.of(warehouse))).body("totalItems", equalTo(1));
            Api.reader().get(B + "/recipients?divisionCode=" + division + "&name=" + lower).then().statusCode(200)
                    .body("items.id", equalTo(List.of(recipient)));
        }
        Api.reader().get(B + "/warehouses?divisionCode=150200&name=" + lower).then().statusCode(200).body("totalItems", equalTo(0));
        Api.reader().get(B + "/recipients?divisionCode=150102002&name=" + lower).then().statusCode(200).body("totalItems", equalTo(0));
        // % and _ match only themselves
        Api.reader().get(B + "/recipients?name=%25" + lower).then().statusCode(200).body("totalItems", equalTo(0));
        Api.reader().get(B + "/recipients?name=新城区医院_").then().statusCode(200).body("totalItems", equalTo(0));
        Api.reader().get(B + "/recipients?name=" + "x".repeat(201)).then().statusCode(400).contentType("application/problem+json");
        System.out.printf("[test] divisionCode 150100/150000/150102 each found the warehouse and recipient of 150102; 150200 none%n");
    }

    @Test
    void shipmentsByPortOfEntryAndTheirTransitionsAsAPage() {
        String warehouse = Api.warehouse();
        String port = "二连浩特口岸 (Erenhot " + Api.suffix() + ")";
        String item = Api.item("PORT");
        String shipment = Api.writer().body(Map.of("supplierId", Api.supplier("MN"), "reference", "SH-" + Api.suffix(), "origin", "Ulaanbaatar, MN",
                        "portOfEntry", port, "warehouseId", warehouse, "carrier", "test carrier",
                        "lines", List.of(Api.line(item, 100, "LOT-" + Api.suffix(), Api.today().plusYears(1)))))
                .post(B + "/shipments").then().statusCode(201).extract().path("id");
        String other = Api.planShipment(Api.supplier("KR"), warehouse, List.of(Api.line(item, 5, "LOT-" + Api.suffix(), null)));
        String word = port.substring(port.indexOf("Erenhot"), port.length() - 1).toUpperCase();
        Api.reader().get(B + "/shipments?warehouseId=" + warehouse + "&portOfEntry=" + word).then().statusCode(200)
                .body("items.id", equalTo(List.of(shipment)));
        Api.reader().get(B + "/shipments?warehouseId=" + warehouse + "&portOfEntry=甘其毛都").then().statusCode(200)
                .body("items.id", equalTo(List.of(other)));

        // the same envelope as every list, in the order they happened
        Api.move(shipment, "DISPATCHED", "AT_PORT", "CUSTOMS_CLEARED");
        Api.reader().get(B + "/shipments/" + shipment + "/transitions?size=2").then().statusCode(200)
                .body("items.toState", equalTo(List.of("PLANNED", "DISPATCHED")))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("totalItems", equalTo(4)).body("totalPages", equalTo(2));
        Api.reader().get(B + "/shipments/" + shipment + "/transitions?size=2&page=1").then().statusCode(200)
                .body("items.toState", equalTo(List.of("AT_PORT", "CUSTOMS_CLEARED")));
        Api.reader().get(B + "/shipments/" + shipment + "/transitions?sort=-occurredAt").then().statusCode(200)
                .body("items[0].toState", equalTo("CUSTOMS_CLEARED"));
        Api.reader().get(B + "/shipments/" + shipment + "/transitions?sort=zzz").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPlanWithNothingAvailableSaysWhyAndARejectionNamesWhoRejected() {
        String item = Api.item("RSV");
        String warehouse = Api.warehouse();
        String holder = Api.recipient("HOSPITAL", "预留医院");
        Api.releasedLot(item, warehouse, 6000, Api.today().plusYears(1));
        Api.allocator().body(Map.of("recipientId", holder, "itemId", item, "warehouseId", warehouse, "quantity", 6000))
                .post(B + "/reservations").then().statusCode(201);
        String hospital = Api.recipient("HOSPITAL", "发热门诊");
        Api.writer().body(Map.of("recipientId", hospital, "itemId", item, "quantity", 500, "priority", "DESIGNATED_FEVER_HOSPITAL"))
                .post(B + "/requests").then().statusCode(201);
        String reason = Api.writer().body(Map.of("itemId", item, "warehouseId", warehouse)).post(B + "/allocation-plans").then().statusCode(201)
                .body("quantity", equalTo(0)).body("lines.quantity", equalTo(List.of(0)))
                .body("lines[0].reason", containsString("6,000 on hand, all 6,000 reserved"))
                .body("lines[0].reason", not(containsString("higher tiers"))).extract().path("lines[0].reason");
        System.out.printf("[test] plan with nothing available: %s%n", reason);

        String planId = Api.writer().body(Map.of("itemId", item, "warehouseId", warehouse)).post(B + "/allocation-plans").then().statusCode(201)
                .extract().path("id");
        Api.allocator().body(Map.of("reason", "等待第二批到货"))
                .post(B + "/allocation-plans/" + planId + "/rejection").then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("rejectedBy", equalTo("test-client")).body("approvedBy", nullValue());
        Api.reader().get(B + "/allocation-plans/" + planId).then().body("rejectedBy", equalTo("test-client")).body("approvedBy", nullValue());
    }
}
