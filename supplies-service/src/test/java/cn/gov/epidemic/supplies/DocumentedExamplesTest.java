package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kitweb.i18n.Labelled;
import cn.gov.epidemic.supplies.api.Examples;
import cn.gov.epidemic.supplies.api.StockApi;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The document's examples are true: every request-body example of the service's own document, read from
 * {@code /q/openapi}, is sent as it stands (only the example ids replaced by the ids the test created before) in
 * the order of the Bayannur N95 story — item, order, shipment through the port, receipt, release, plan, reservation,
 * dispatch, delivery, the Ordos donation — and gets its documented success; every response example has the fields
 * of the real answer of the same type. And the document speaks both languages: every summary "English · 中文", every
 * enum constant its Chinese label.
 */
@QuarkusTest
class DocumentedExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Set<String> sent = new TreeSet<>();
    private final Map<String, JsonNode> answers = new LinkedHashMap<>();
    private JsonNode doc;

    @Test
    void everyRequestExampleIsAcceptedAndEveryResponseExampleHasTheRealShape() throws Exception {
        doc = JSON.readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        String b = Api.BASE;

        String item = id("Item", post(b + "/items", "NewItem", 201), Examples.ITEM_ID);
        answer("Item", send("PUT", b + "/items/" + item, "ItemUpdate", 200));
        id("Supplier", post(b + "/suppliers", "NewSupplier", 201), Examples.SUPPLIER_ID);
        String warehouse = id("Warehouse", post(b + "/warehouses", "NewWarehouse", 201), Examples.WAREHOUSE_ID);
        ids.put(Examples.WAREHOUSE2_ID, Api.warehouse());
        id("Recipient", post(b + "/recipients", "NewRecipient", 201), Examples.RECIPIENT_ID);
        ids.put(Examples.RECIPIENT2_ID, Api.recipient("ORGANISATION", "武汉市红十字会"));
        id("Order", post(b + "/orders", "NewOrder", 201), Examples.ORDER_ID);

        String shipment = id("Shipment", post(b + "/shipments", "NewShipment", 201), Examples.SHIPMENT_ID);
        String transitions = b + "/shipments/" + shipment + "/transitions";
        raw(transitions, "{\"to\": \"DISPATCHED\", \"at\": \"2020-01-30T09:00:00+08:00\", \"note\": \"从乌兰巴托发出\"}", 200);
        post(transitions, "NewTransition", 200);
        raw(transitions, "{\"to\": \"CUSTOMS_CLEARED\", \"at\": \"2020-02-01T09:00:00+08:00\", \"note\": \"海关快速验放\"}", 200);
        raw(transitions, "{\"to\": \"ARRIVED\", \"at\": \"2020-02-01T16:00:00+08:00\", \"note\": \"运抵临河\"}", 200);
        JsonNode received = answer("Shipment", post(b + "/shipments/" + shipment + "/receipt", "Receipt", 200));
        String lot = received.path("lines").path(0).path("lotId").asText();
        ids.put(Examples.LOT_ID, lot);
        answer("Lot", post(b + "/lots/" + lot + "/release", "LotRelease", 200));
        answer("Movement", post(b + "/stock/adjustments", "NewAdjustment", 201));
        answer("Transfer", post(b + "/stock/transfers", "NewTransfer", 201));
        answer("Consumption", post(b + "/consumption-records", "NewConsumption", 201));

        id("Request", post(b + "/requests", "NewRequest", 201), Examples.REQUEST_ID);
        String rejected = post(b + "/allocation-plans", "NewAllocationPlan", 201).path("id").asText();
        answer("AllocationPlan", post(b + "/allocation-plans/" + rejected + "/rejection", "PlanRejection", 200));
        String plan = id("AllocationPlan", post(b + "/allocation-plans", "NewAllocationPlan", 201), Examples.PLAN_ID);
        answer("AllocationPlan", raw(b + "/allocation-plans/" + plan + "/approval", null, 200));

        id("Reservation", post(b + "/reservations", "NewReservation", 201), Examples.RESERVATION_ID);
        String dispatch = id("Dispatch", post(b + "/dispatches", "NewDispatch", 201), Examples.DISPATCH_ID);
        post(b + "/dispatches/" + dispatch + "/pass", "PassReference", 200);
        raw(b + "/dispatches/" + dispatch + "/departure", null, 200);
        answer("Dispatch", post(b + "/dispatches/" + dispatch + "/delivery", "Delivery", 200));
        ids.put(Examples.RESERVATION_ID, post(b + "/reservations", "NewReservation", 201).path("id").asText());
        String planned = post(b + "/dispatches", "NewDispatch", 201).path("id").asText();
        post(b + "/dispatches/" + planned + "/cancellation", "DispatchCancellation", 200);

        String donation = id("Donation", post(b + "/donations", "NewDonation", 201), Examples.DONATION_ID);
        answer("Forwarding", post(b + "/donations/" + donation + "/forwardings", "NewForwarding", 201));
        JsonNode goods = raw(b + "/donations", "{\"donor\": \"企业捐赠物资\", \"kind\": \"GOODS\", \"receivedOn\": \"2020-01-31\", \"receivedBy\": \"鄂尔多斯市疫情防控指挥部\","
                + " \"divisionCode\": \"150600\", \"directed\": false, \"lines\": [{\"itemId\": \"" + item + "\", \"warehouseId\": \"" + warehouse
                + "\", \"quantity\": 100000, \"lotNumber\": \"ORD-DON-200131\", \"expiry\": \"2030-01-31\"}]}", 201);
        post(b + "/lots/" + goods.path("lines").path(0).path("lotId").asText() + "/hold", "LotHold", 200);

        // the read views of the same story
        answer("DonationTrace", get(b + "/donations/" + donation + "/trace"));
        answer("DonationSummary", get(b + "/donations/summary?divisionCode=150600"));
        answer("Transition", get(transitions).path("items").path(0));
        answer("Discrepancy", get(b + "/receipt-discrepancies?shipmentId=" + shipment).path("items").path(0));
        answer("StockLine", get(b + "/stock?lotId=" + lot).path("items").path(0));
        answer("Outlook", get(b + "/stock/outlook?itemId=" + item));
        answer("Reconciliation", get(b + "/stock/reconciliation"));
        answer("Fulfilment", get(b + "/allocation-fulfilment?itemId=" + item).path(0));
        answer("DaysOfCover", get(b + "/days-of-cover?itemId=" + item).path(0));
        answer("PipelineState", get(b + "/inbound-pipeline?warehouseId=" + warehouse).path(6));
        answer("ExpirySummary", get(b + "/stock/expiry-summary?itemId=" + item).path(0));

        Set<String> documented = new TreeSet<>();
        for (JsonNode item2 : iterable(doc.path("paths"))) {
            for (JsonNode op : iterable(item2)) {
                String ref = op.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText();
                if (!ref.isEmpty()) documented.add(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }
        System.out.printf("[test] ids %s%n", ids);
        System.out.printf("[test] request-body examples sent and accepted: %d of %d documented request bodies%n", sent.size(), documented.size());
        assertEquals(documented, sent, "every request body's example is sent");

        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (var e : answers.entrySet()) {
            System.out.printf("[test] real %s: %s%n", e.getKey(), JSON.writeValueAsString(e.getValue()));
            JsonNode example = doc.path("components").path("schemas").path(e.getKey()).path("examples").path(0);
            if (example.isMissingNode()) continue;
            compared++;
            Set<String> documentedFields = new TreeSet<>(), real = new TreeSet<>();
            example.fieldNames().forEachRemaining(documentedFields::add);
            e.getValue().fieldNames().forEachRemaining(real::add);
            if (!documentedFields.equals(real)) wrong.add(e.getKey() + ": documented " + documentedFields + ", real " + real);
        }
        System.out.printf("[test] response examples compared with a real answer: %d%n", compared);
        assertEquals(answers.size(), compared, "every main view has a response example");
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySummaryIsInBothLanguagesAndEveryApiEnumHasItsChineseLabel() throws Exception {
        JsonNode document = JSON.readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> monolingual = new ArrayList<>();
        int operations = 0;
        for (var path = document.path("paths").fields(); path.hasNext(); ) {
            var p = path.next();
            for (var op = p.getValue().fields(); op.hasNext(); ) {
                var o = op.next();
                operations++;
                // "English · 中文": English first, then the Chinese after the middle dot
                if (!o.getValue().path("summary").asText().matches("[ -~]+ · .*\\p{IsHan}.*")) monolingual.add(o.getKey() + " " + p.getKey());
            }
        }
        System.out.printf("[test] operations with a bilingual summary: %d of %d%n", operations - monolingual.size(), operations);
        assertEquals(List.of(), monolingual);

        List<Class<? extends Enum<?>>> apiEnums = List.of(AdjustmentReason.class, DiscrepancyReason.class, DispatchState.class, DonationKind.class,
                ItemCategory.class, LotState.class, MovementKind.class, PlanState.class, Priority.class, RecipientKind.class, RequestState.class,
                ReservationState.class, ShipmentState.class, StockApi.ExpiryBucket.class);
        List<String> unlabelled = new ArrayList<>();
        int constants = 0;
        for (var e : apiEnums) {
            for (Enum<?> c : e.getEnumConstants()) {
                constants++;
                if (!(c instanceof Labelled l) || !l.zh().matches("\\p{IsHan}[\\p{IsHan}（）0-9]*")) unlabelled.add(e.getSimpleName() + "." + c.name());
            }
        }
        // every enum schema of the document is one of these
        Set<String> enumSchemas = new TreeSet<>(), listed = new TreeSet<>();
        document.path("components").path("schemas").fields().forEachRemaining(s -> {
            if (s.getValue().has("enum")) enumSchemas.add(s.getKey());
        });
        apiEnums.forEach(e -> listed.add(e.getSimpleName()));
        System.out.printf("[test] enum constants with a Chinese label: %d of %d, in %d enums%n", constants - unlabelled.size(), constants, apiEnums.size());
        assertEquals(List.of(), unlabelled);
        assertEquals(enumSchemas, listed, "the enums of the document are the labelled ones");
    }

    /** The whole-object example the document gives for a request-body schema, with the test's ids in place of the example ids. */
    private String example(String schema) {
        JsonNode ex = doc.path("components").path("schemas").path(schema).path("examples").path(0);
        if (ex.isMissingNode()) throw new AssertionError("no example for " + schema);
        String body = ex.toString();
        for (var e : ids.entrySet()) body = body.replace(e.getKey(), e.getValue());
        sent.add(schema);
        return body;
    }

    private JsonNode post(String path, String schema, int status) throws Exception {
        return send("POST", path, schema, status);
    }

    private JsonNode send(String method, String path, String schema, int status) throws Exception {
        String body = example(schema);
        Response r = Api.as(Roles.ADMIN).body(body).request(method, path);
        assertEquals(status, r.statusCode(), method + " " + path + " with the " + schema + " example " + body + " → " + r.asString());
        return JSON.readTree(r.asString());
    }

    private JsonNode raw(String path, String body, int status) throws Exception {
        var spec = Api.as(Roles.ADMIN);
        if (body != null) spec = spec.body(body);
        Response r = spec.post(path);
        assertEquals(status, r.statusCode(), "POST " + path + " → " + r.asString());
        return JSON.readTree(r.asString());
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(Api.as(Roles.ADMIN).get(path).then().statusCode(200).extract().asString());
    }

    private String id(String schema, JsonNode answer, String exampleId) {
        answer(schema, answer);
        String id = answer.path("id").asText();
        ids.put(exampleId, id);
        return id;
    }

    private JsonNode answer(String schema, JsonNode answer) {
        answers.put(schema, answer);
        return answer;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return () -> {
            Iterator<JsonNode> it = node.elements();
            return it;
        };
    }
}
