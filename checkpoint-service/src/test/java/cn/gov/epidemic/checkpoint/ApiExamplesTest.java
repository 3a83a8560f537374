package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The document's examples are true: every request body's example, taken from the service's own OpenAPI document,
 * is sent to the real service and gets the documented success; every response example has the shape of a real
 * response (the same fields, the same JSON types). An example naming a resource by UUID that exists only in the
 * documentation ({@code checkpointId}, a path {@code id}) is sent with the id of a resource made first by another
 * example; the private-car pass's {@code departureDate} must be tomorrow, so it is sent with tomorrow's date. Every
 * other field is sent verbatim; the counts are printed.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode doc;
    /** Real responses by schema name, from the requests below. */
    private static final Map<String, JsonNode> REAL = new LinkedHashMap<>();
    private static final Set<String> SENT = new TreeSet<>();
    private static int verbatim;
    private static int substituted;

    /** Read in a test, not in a static {@code @BeforeAll}: RestAssured points at the application only once a test runs. */
    @BeforeEach
    void document() throws Exception {
        if (doc == null) doc = JSON.readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    @Test
    @Order(1)
    void everyRequestExampleGetsItsDocumentedSuccess() throws Exception {
        String cp = send("POST", "", Api.admin(), 201, "Checkpoint", Map.of()).path("id").asText();
        JsonNode state = send("POST", "/" + cp + "/state", Api.admin(), 200, "Checkpoint", Map.of());
        assertEquals("SUSPENDED", state.path("state").asText());
        REAL.put("Checkpoint", Api.admin().body(Map.of("state", "OPEN")).post(Api.BASE + "/" + cp + "/state").then().statusCode(200)
                .extract().as(JsonNode.class));

        // a closure: requested by one client, approved by another (the requester may not), the detour, then lifted
        RequestSpecification approver = Api.asClient("approving-authority", Roles.CLOSURE_APPROVE);
        String closure = send("POST", "/closures", Api.inspector(), 201, "RoadClosure", Map.of()).path("id").asText();
        send("POST", "/closures/" + closure + "/approval", approver, 200, "RoadClosure", Map.of());
        JsonNode detour = send("POST", "/closures/" + closure + "/detour", approver, 200, "RoadClosure", Map.of());
        assertEquals("IN_EFFECT", detour.path("state").asText());
        REAL.put("RoadClosure", detour);
        send("POST", "/closures/" + closure + "/lifting", approver, 200, "RoadClosure", Map.of());
        String other = send("POST", "/closures", Api.inspector(), 201, "RoadClosure", Map.of()).path("id").asText();
        send("POST", "/closures/" + other + "/rejection", approver, 200, "RoadClosure", Map.of());

        JsonNode emergency = send("POST", "/passes/emergency-transport", Api.issuer(), 201, "Pass", Map.of());
        send("POST", "/passes/key-enterprise", Api.issuer(), 201, "Pass", Map.of());
        JsonNode privateCar = send("POST", "/passes/private-car", Api.issuer(), 201, "Pass",
                Map.of("departureDate", Api.today().plusDays(1).toString()));
        send("POST", "/passes/" + emergency.path("id").asText() + "/revocation", Api.issuer(), 200, "Pass", Map.of());
        JsonNode verification = send("POST", "/passes/verification", Api.inspector(), 200, "PassVerification", Map.of());
        assertFalse(verification.path("valid").asBoolean(), "the documented code is signed by another suite's key");
        REAL.put("Pass", privateCar);
        REAL.put("PassVerification", Api.inspector().body(Map.of("code", privateCar.path("code").asText(), "plate", "蒙D12345", "occupants", 3,
                "at", Api.today().plusDays(1) + "T09:30:00+08:00")).post(Api.BASE + "/passes/verification").then().statusCode(200).extract().as(JsonNode.class));
        send("POST", "/passes/" + privateCar.path("id").asText() + "/arrival", Api.inspector(), 200, "Pass", Map.of("checkpointId", cp));

        JsonNode inspection = send("POST", "/inspections", Api.inspector(), 201, "Inspection", Map.of("checkpointId", cp));
        sendImport("/inspections/imports", "checkpointId", cp);
        assertEquals("REFERRED", inspection.path("outcome").asText(), "the example's passenger has 38.1 °C");
        String referral = inspection.path("referralIds").path(0).asText();
        send("POST", "/referrals/" + referral + "/transfer", Api.inspector(), 200, "Referral", Map.of());
        REAL.put("Referral", send("POST", "/referrals/" + referral + "/handover", Api.inspector(), 200, "Referral", Map.of()));

        Set<String> bodies = new TreeSet<>();
        for (var path = doc.path("paths").fields(); path.hasNext(); ) {
            var p = path.next();
            for (var op = p.getValue().fields(); op.hasNext(); ) {
                var o = op.next();
                if (o.getValue().has("requestBody")) bodies.add(o.getKey().toUpperCase() + " " + p.getKey());
            }
        }
        System.out.printf("[test] request examples: %d operations with a body, %d sent, %d fields sent verbatim, %d substituted%n",
                bodies.size(), SENT.size(), verbatim, substituted);
        assertEquals(bodies, SENT, "every operation with a request body has its example sent");
    }

    @Test
    @Order(2)
    void everyResponseExampleHasTheShapeOfARealResponse() {
        String cp = REAL.get("Checkpoint").path("id").asText();
        REAL.put("CheckpointStatistics", Api.inspector().queryParam("from", Api.today().toString()).get(Api.BASE + "/" + cp + "/statistics")
                .then().statusCode(200).extract().as(JsonNode.class));
        REAL.put("CheckpointStaffing", Api.inspector().get(Api.BASE + "/" + cp + "/staffing").then().statusCode(200).extract().as(JsonNode.class));
        REAL.put("PassKeySet", Api.inspector().get(Api.BASE + "/pass-keys").then().statusCode(200).extract().as(JsonNode.class));
        REAL.put("PassRevocationList", Api.inspector().get(Api.BASE + "/pass-revocations").then().statusCode(200).extract().as(JsonNode.class));
        REAL.put("PassFiling", Api.issuer().get(Api.BASE + "/passes/filings").then().statusCode(200).extract().as(JsonNode.class).path("items").path(0));
        for (var e : REAL.entrySet()) System.out.printf("[test] real %s: %s%n", e.getKey(), e.getValue());

        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (var s = doc.path("components").path("schemas").fields(); s.hasNext(); ) {
            var schema = s.next();
            JsonNode example = schema.getValue().path("examples").path(0);
            if (!example.isObject() || schema.getKey().startsWith("New") || !REAL.containsKey(schema.getKey())) continue;
            checked.add(schema.getKey());
            sameShape(schema.getKey(), example, REAL.get(schema.getKey()), wrong);
        }
        System.out.printf("[test] response examples compared with real responses: %d %s%n", checked.size(), checked);
        assertEquals(List.of(), wrong);
        assertTrue(checked.containsAll(List.of("Checkpoint", "RoadClosure", "Pass", "Inspection", "Referral", "PassVerification",
                "CheckpointStatistics", "CheckpointStaffing", "PassKeySet", "PassRevocationList", "PassFiling")), "main views exemplified: " + checked);
    }

    /** Sends the example of the operation's request body, with the given fields replaced; returns the response body. */
    private static JsonNode send(String method, String path, RequestSpecification as, int status, String responseSchema,
                                 Map<String, Object> replace) throws Exception {
        String template = path.replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{id}");
        JsonNode op = doc.path("paths").path(Api.BASE + template).path(method.toLowerCase());
        assertFalse(op.isMissingNode(), method + " " + template + " documented");
        String ref = op.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText();
        JsonNode example = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)).path("examples").path(0);
        assertTrue(example.isObject(), method + " " + template + ": the body's schema has a whole example");
        ObjectNode body = example.deepCopy();
        for (Iterator<String> f = body.fieldNames(); f.hasNext(); ) {
            if (!replace.containsKey(f.next())) verbatim++;
        }
        replace.forEach((k, v) -> body.set(k, JSON.valueToTree(v)));
        substituted += replace.size();
        Response r = as.body(JSON.writeValueAsString(body)).request(method, Api.BASE + path);
        assertEquals(status, r.statusCode(), method + " " + template + " with its example: " + r.asString());
        SENT.add(method + " " + Api.BASE + template);
        JsonNode answer = JSON.readTree(r.asString());
        REAL.putIfAbsent(responseSchema, answer);
        return answer;
    }

    /**
     * Sends a bulk import's JSON example (an array of rows, each with {@code field} replaced by {@code value}) with a
     * fresh Idempotency-Key; every row must be created.
     */
    private static void sendImport(String path, String field, String value) throws Exception {
        JsonNode op = doc.path("paths").path(Api.BASE + path).path("post");
        JsonNode examples = op.path("requestBody").path("content").path("application/json").path("examples");
        assertEquals(1, examples.size(), path + " has one JSON example");
        JsonNode rows = examples.elements().next().path("value").deepCopy();
        assertTrue(rows.isArray() && !rows.isEmpty(), path + ": the example is an array of rows");
        for (JsonNode row : rows) {
            ((ObjectNode) row).put(field, value);
            for (Iterator<String> f = row.fieldNames(); f.hasNext(); ) {
                if (!f.next().equals(field)) verbatim++;
            }
            substituted++;
        }
        Response r = Api.inspector().header("Idempotency-Key", java.util.UUID.randomUUID().toString()).body(JSON.writeValueAsString(rows))
                .post(Api.BASE + path);
        assertEquals(200, r.statusCode(), "POST " + path + " with its example: " + r.asString());
        assertEquals(0, JSON.readTree(r.asString()).path("refused").asInt(), "every row of the example is created: " + r.asString());
        SENT.add("POST " + Api.BASE + path);
    }

    /** The documented example and the real response have the same fields, and each field the same JSON type where both have a value. */
    private static void sameShape(String where, JsonNode example, JsonNode real, List<String> wrong) {
        if (example.isObject() && real.isObject()) {
            Set<String> a = new LinkedHashSet<>();
            example.fieldNames().forEachRemaining(a::add);
            Set<String> b = new LinkedHashSet<>();
            real.fieldNames().forEachRemaining(b::add);
            if (!a.equals(b)) wrong.add(where + ": example fields " + a + ", real " + b);
            for (String f : a) {
                if (b.contains(f)) sameShape(where + "." + f, example.get(f), real.get(f), wrong);
            }
        } else if (example.isArray() && real.isArray()) {
            if (!example.isEmpty() && !real.isEmpty()) sameShape(where + "[0]", example.get(0), real.get(0), wrong);
        } else if (!example.isNull() && !real.isNull() && example.getNodeType() != real.getNodeType()) {
            wrong.add(where + ": example is " + example.getNodeType() + ", real " + real.getNodeType());
        }
    }
}
