package cn.gov.epidemic.supplies;

import cn.gov.epidemic.testkit.Await;
import cn.gov.epidemic.testkit.EventSender;
import cn.gov.epidemic.testkit.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's strict input on this service, over real HTTP against the real database: each refusal is a 400 validation
 * problem naming the field or parameter, and nothing is written; an event with a field its consumer does not know is
 * still processed.
 */
@QuarkusTest
class StrictInputTest {

    private static final String B = Api.BASE;
    private static final String VALIDATION = "https://epidemic.gov.cn/problems/validation";

    private static ValidatableResponse refused(ValidatableResponse r, String field) {
        return r.statusCode(400).contentType("application/problem+json").body("type", equalTo(VALIDATION))
                .body("violations.field", hasItem(field));
    }

    private static long count(String table) {
        return Sql.count("select count(*) from " + table);
    }

    @Test
    void unknownQueryParametersAreRefusedNamingThemAndTheKnownOnes() {
        refused(Api.reader().get(B + "/shipments?portOfEntri=Erenhot").then(), "portOfEntri")
                .body("violations[0].message", containsString("this operation takes: "))
                .body("violations[0].message", containsString("portOfEntry"));
        refused(Api.reader().get(B + "/stock?page=0&colour=red").then(), "colour");
        Api.reader().get(B + "/shipments?portOfEntry=Erenhot&page=0&size=5&sort=-createdAt").then().statusCode(200);
        System.out.printf("[test] unknown query parameters: 2 refused, the declared ones (filter and PageQuery's) accepted%n");
    }

    @Test
    void unknownJsonFieldsAreRefusedWithTheirPathAndNothingIsStored() {
        long suppliers = count("supplier");
        refused(Api.writer().body(Map.of("name", "Strict " + Api.suffix(), "country", "MN", "city", "Ulaanbaatar", "nickname", "x"))
                .post(B + "/suppliers").then(), "nickname").body("violations[0].message", equalTo("is not a known field"));
        String item = Api.item("STRICT");
        refused(Api.writer().body(Map.of("supplierId", Api.supplier("TR"), "reference", "PO-" + Api.suffix(), "orderedOn", "2020-01-28", "currency", "CNY",
                "lines", List.of(Map.of("itemId", item, "quantity", 5, "colour", "red")))).post(B + "/orders").then(), "lines[0].colour");
        assertEquals(suppliers + 1, count("supplier"), "only the order's own supplier was stored");
    }

    @Test
    void booleansAreOnlyTrueOrFalse() {
        refused(Api.reader().get(B + "/donations?directed=yes").then(), "directed")
                .body("violations[0].message", equalTo("must be true or false"));
        refused(Api.reader().get(B + "/stock?includeEmpty=1").then(), "includeEmpty");
        Api.reader().get(B + "/donations?directed=false").then().statusCode(200);
    }

    @Test
    void datesAndInstantsAreOnlyIso8601Strings() {
        String recipient = Api.recipient("HOSPITAL", "严格医院");
        String item = Api.item("DATE");
        long requests = count("supply_request");
        refused(Api.writer().body(Map.of("recipientId", recipient, "itemId", item, "quantity", 10, "priority", "OTHER", "neededBy", 12345))
                .post(B + "/requests").then(), "neededBy").body("violations[0].message", containsString("ISO 8601 date"));
        refused(Api.writer().body(Map.of("recipientId", recipient, "itemId", item, "quantity", 10, "priority", "OTHER", "neededBy", "2020/02/03"))
                .post(B + "/requests").then(), "neededBy");
        String shipment = Api.planShipment(Api.supplier("MN"), Api.warehouse(), List.of(Api.line(item, 10, "D-" + Api.suffix(), null)));
        refused(Api.writer().body(Map.of("to", "DISPATCHED", "at", 12345)).post(B + "/shipments/" + shipment + "/transitions").then(), "at")
                .body("violations[0].message", containsString("ISO 8601 date-time"));
        Api.reader().get(B + "/shipments/" + shipment).then().body("state", equalTo("PLANNED"));
        assertEquals(requests, count("supply_request"));
    }

    @Test
    void currenciesAndCountriesComeFromTheIsoLists() {
        long suppliers = count("supplier");
        long donations = count("donation");
        refused(Api.writer().body(Map.of("name", "Nowhere " + Api.suffix(), "country", "ZZ", "city", "X")).post(B + "/suppliers").then(), "country")
                .body("violations[0].message", containsString("ISO 3166"));
        refused(Api.reader().get(B + "/suppliers?country=ZZ").then(), "country");
        refused(Api.writer().body(Map.of("donor", "某企业", "kind", "MONEY", "receivedOn", "2020-01-30", "receivedBy", "鄂尔多斯市红十字会",
                "amount", new BigDecimal("1000.00"), "currency", "ZZZ", "directed", false)).post(B + "/donations").then(), "currency")
                .body("violations[0].message", containsString("ISO 4217"));
        assertEquals(suppliers, count("supplier"));
        assertEquals(donations, count("donation"));
        Api.reader().get(B + "/suppliers?country=MN").then().statusCode(200);
    }

    @Test
    void controlCharactersAreRefusedInTextAndFiltersBeforeAnySql() {
        long suppliers = count("supplier");
        for (String name : List.of("A\u0000B", "A\u0001B", "A\u001bB", "A\u007fB")) {
            refused(Api.writer().body(Map.of("name", name, "country", "MN", "city", "Ulaanbaatar")).post(B + "/suppliers").then(), "name");
        }
        refused(Api.reader().urlEncodingEnabled(false).get(B + "/shipments?portOfEntry=%00").then(), "portOfEntry");
        refused(Api.reader().urlEncodingEnabled(false).get(B + "/shipments?portOfEntry=a%07b").then(), "portOfEntry");
        refused(Api.reader().urlEncodingEnabled(false).get(B + "/shipments/%00").then(), "id");
        assertEquals(suppliers, count("supplier"));
        // tab, line feed and carriage return are text
        Api.writer().body(Map.of("name", "Tab\tand\nlines " + Api.suffix(), "country", "MN", "city", "Ulaanbaatar")).post(B + "/suppliers").then().statusCode(201);
    }

    @Test
    void everyListChecksItsSortFields() {
        for (String path : List.of("/stock", "/stock/ledger", "/receipt-discrepancies", "/shipments")) {
            refused(Api.reader().get(B + path + "?sort=zzz").then(), "sort").body("violations[0].message", containsString("allowed: "));
        }
        Api.reader().get(B + "/stock?sort=-expiry,itemCode&includeEmpty=true").then().statusCode(200);
        Api.reader().get(B + "/stock/ledger?sort=-occurredAt").then().statusCode(200);
        Api.reader().get(B + "/receipt-discrepancies?sort=reason").then().statusCode(200);
    }

    @Test
    void parameterRefusalsNameTheParameterAndTheExpectedFormat() {
        refused(Api.reader().get(B + "/stock?warehouseId=abc").then(), "warehouseId").body("violations[0].message", containsString("UUID"));
        refused(Api.reader().get(B + "/stock?expiryBucket=SOON").then(), "expiryBucket")
                .body("violations[0].message", containsString("EXPIRES_SOON"));
        refused(Api.reader().get(B + "/stock?size=ten").then(), "size").body("violations[0].message", equalTo("must be an integer"));
        refused(Api.reader().get(B + "/shipments/not-a-uuid").then(), "id");
    }

    @Test
    void theDocumentSaysWhatIsEnforced() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        JsonNode stockSort = null;
        for (JsonNode p : doc.at("/paths/~1api~1v1~1supplies~1stock/get/parameters")) if (p.path("name").asText().equals("sort")) stockSort = p;
        assertTrue(stockSort != null, "listStock has a sort parameter");
        assertEquals("array", stockSort.at("/schema/type").asText());
        assertEquals("form", stockSort.path("style").asText());
        assertFalse(stockSort.path("explode").asBoolean(true));
        List<String> values = new ArrayList<>();
        stockSort.at("/schema/items/enum").forEach(v -> values.add(v.asText()));
        assertTrue(values.containsAll(List.of("expiry", "-expiry", "warehouseCode", "-available")), values.toString());
        List<String> unanchored = new ArrayList<>();
        List<String> unbounded = new ArrayList<>();
        List<String> leftovers = new ArrayList<>();
        int[] patterns = {0};
        walk(doc, "", (path, node) -> {
            if (path.endsWith("/x-sort-fields")) leftovers.add(path);
            if (node.isObject() && node.has("pattern") && node.get("pattern").isTextual()) {
                patterns[0]++;
                String p = node.get("pattern").asText();
                if (!p.startsWith("^") || !p.endsWith("$")) unanchored.add(path + ": " + p);
            }
            if (node.isObject() && node.has("format") && List.of("uuid", "date", "date-time").contains(node.path("format").asText()) && !node.has("maxLength")) {
                unbounded.add(path);
            }
        });
        System.out.printf("[test] document: %d patterns, %d unanchored, %d uuid/date/date-time strings without maxLength%n", patterns[0], unanchored.size(), unbounded.size());
        assertEquals(List.of(), leftovers, "x-sort-fields left in the document");
        assertEquals(List.of(), unanchored);
        assertEquals(List.of(), unbounded);
        assertTrue(patterns[0] > 0);
    }

    private static void walk(JsonNode n, String path, java.util.function.BiConsumer<String, JsonNode> f) {
        f.accept(path, n);
        if (n.isObject()) n.fields().forEachRemaining(e -> walk(e.getValue(), path + "/" + e.getKey(), f));
        else if (n.isArray()) for (int i = 0; i < n.size(); i++) walk(n.get(i), path + "/" + i, f);
    }

    @Test
    void anEventWithAFieldAddedByANewerProducerIsStillProcessed() {
        String item = Api.item("EVT");
        String warehouse = Api.warehouse();
        String recipient = Api.recipient("HOSPITAL", "事件医院");
        Api.releasedLot(item, warehouse, 100, Api.today().plusYears(2));
        String reservation = Api.allocator().body(Map.of("recipientId", recipient, "itemId", item, "warehouseId", warehouse, "quantity", 10))
                .post(B + "/reservations").then().statusCode(201).extract().path("id");
        String dispatch = Api.writer().body(Map.of("reservationIds", List.of(reservation), "vehiclePlate", "蒙L·E0001", "driverName", "张师傅",
                        "route", "临河 → 市医院", "expectedArrival", OffsetDateTime.now().plusHours(3).toString()))
                .post(B + "/dispatches").then().statusCode(201).extract().path("id");
        String passId = UUID.randomUUID().toString();
        String json = "{\"id\":\"" + passId + "\",\"type\":\"EMERGENCY_TRANSPORT\",\"plate\":\"蒙LE0001\",\"issuingBody\":\"内蒙古自治区交通运输厅\","
                + "\"issuedBy\":\"supplies dispatch " + dispatch + "\",\"driver\":{\"name\":\"张师傅\",\"idCardNumber\":null,\"phone\":null},"
                + "\"passengers\":[],\"greenLane\":true,\"state\":\"ACTIVE\",\"voidReason\":null,\"code\":\"CP1.payload-" + passId + ".signature\","
                + "\"dispatchId\":\"" + dispatch + "\",\"holders\":1,\"version\":0,"
                + "\"addedInALaterVersion\":{\"lane\":\"绿色通道2号\",\"note\":\"unknown to this consumer\"}}";
        try (EventSender events = new EventSender()) {
            events.send("checkpoint.events", "cn.gov.epidemic.checkpoint.pass.issued", passId, json);
        }
        Await.until(() -> passId.equals(Api.reader().get(B + "/dispatches/" + dispatch).then().extract().path("passId")));
        long dlq = Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = ?", dispatch, "cn.gov.epidemic.supplies.dispatch.pass-recorded");
        System.out.printf("[test] event with an unknown field: pass recorded on the dispatch, %d pass-recorded event(s)%n", dlq);
        assertEquals(1, dlq);
    }
}
