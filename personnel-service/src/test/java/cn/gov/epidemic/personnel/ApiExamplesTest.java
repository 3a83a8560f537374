package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.pii.IdCardNumbers;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.personnel.api.Examples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example of the service's own OpenAPI document is true: each request body example, taken from the served
 * document, is sent to the real service (real PostgreSQL) and gets the operation's documented success. The only
 * change to an example is its ids: a UUID that names another resource (Examples.UNIT_ID ...) is replaced by the id
 * the service gave that resource earlier in this test. ID-card examples carry a correct check digit. The answers are
 * written to target/api-examples.json: the response examples of api/Examples are copied from them.
 */
@QuarkusTest
class ApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, JsonNode> answers = new LinkedHashMap<>();
    private final TreeSet<String> sent = new TreeSet<>();
    private JsonNode doc;

    @Test
    void everyRequestExampleIsAcceptedAndEveryResponseTyped() throws Exception {
        doc = JSON.readTree(RestAssured.given().accept("application/json").get("/q/openapi?format=json").asString());
        // the divisions the examples name, as the demo data registers them (already there → 409, fine)
        for (String[] d : new String[][] {{"150100", "呼和浩特市", "CITY", null}, {"150102", "新城区", "DISTRICT", "150100"},
                {"150102001", "新城区第1街道", "SUBDISTRICT", "150102"}, {"150102001001", "新城区1-1社区", "COMMUNITY", "150102001"},
                {"152500", "锡林郭勒盟", "LEAGUE", null}, {"152502", "锡林浩特市", "COUNTY", "152500"},
                {"152502001", "锡林浩特市宝力根街道", "SUBDISTRICT", "152502"}, {"152502001001", "宝力根街道第1社区", "COMMUNITY", "152502001"},
                {"152900", "阿拉善盟", "LEAGUE", null}, {"152921", "阿拉善左旗", "BANNER", "152900"},
                {"152921100", "巴彦浩特镇", "TOWN", "152921"}, {"152921100001", "南田社区", "COMMUNITY", "152921100"},
                {"152200", "兴安盟", "LEAGUE", null}, {"152224", "突泉县", "COUNTY", "152200"},
                {"152224100", "永安镇", "TOWN", "152224"}, {"152224100201", "永安镇第1村", "VILLAGE", "152224100"}}) {
            Api.register(d[0], d[1], d[2], d[3]);
        }
        assertTrue(IdCardNumbers.isValid("150102197806150618") && IdCardNumbers.isValid("420102199001011236"), "the examples' ID-card numbers");
        ids.put(Examples.WORKER_ID, Api.person("网格员"));

        send("registerDivision", "/divisions", 201, null);
        send("registerUnit", "/units", 201, Examples.UNIT_ID);
        send("registerPerson", "/people", 201, Examples.PERSON_ID);
        send("updatePerson", "/people/" + ids.get(Examples.PERSON_ID), 200, null);
        send("createPlan", "/plans", 201, Examples.PLAN_ID);
        send("createDeployment", "/deployments", 201, Examples.DEPLOYMENT_ID);
        send("importPeople", "/people/imports", 200, null);
        send("createTeam", "/teams", 201, Examples.TEAM_ID);
        send("addTeamMember", "/teams/" + ids.get(Examples.TEAM_ID) + "/members", 201, null);
        send("createPost", "/posts", 201, Examples.POST_ID);
        send("scheduleShift", "/posts/" + ids.get(Examples.POST_ID) + "/shifts", 201, Examples.SHIFT_ID);
        send("recordScreeningVisit", "/screening-visits", 201, Examples.VISIT_ID);
        send("importScreeningVisits", "/screening-visits/imports", 200, null);
        send("registerKeyPerson", "/key-persons", 201, Examples.KEY_PERSON_ID);
        String keyPerson = ids.get(Examples.KEY_PERSON_ID);
        send("recordFollowUp", "/key-persons/" + keyPerson + "/follow-ups", 201, Examples.FOLLOW_UP_ID);
        send("changeObservationPeriod", "/key-persons/" + keyPerson + "/observation-period", 200, null);
        send("releaseKeyPerson", "/key-persons/" + keyPerson + "/release", 200, null);
        // a second observation (the same example again) to refer to hospital: the first has just been released
        String second = Api.writer().body(example("registerKeyPerson")).post(Api.BASE + "/key-persons").then().statusCode(201).extract().path("id");
        send("referKeyPerson", "/key-persons/" + second + "/referral", 200, null);

        // the reads whose answers are response examples too
        read("getPlanProgress", "/plans/" + ids.get(Examples.PLAN_ID) + "/progress");
        read("getPostCoverage", "/posts/" + ids.get(Examples.POST_ID) + "/coverage?date=2020-02-03");
        read("getScreeningCoverage", "/divisions/152502/screening-coverage");
        read("getTeam", "/teams/" + ids.get(Examples.TEAM_ID));
        read("listObservationPeriodChanges", "/key-persons/" + keyPerson + "/observation-period-changes");

        List<String> withBody = operations(true);
        System.out.printf("[test] request body examples sent from the document: %d of %d operations with a body, each answered its documented success%n",
                sent.size(), withBody.size());
        assertEquals(new TreeSet<>(withBody), sent, "every operation with a request body had its example sent");
        List<String> untyped = untypedSuccesses();
        System.out.printf("[test] success responses with a body but no schema: %d%n", untyped.size());
        assertEquals(List.of(), untyped);
        Path out = Path.of("target/api-examples.json");
        ObjectNode all = JSON.createObjectNode();
        answers.forEach(all::set);
        ObjectNode idMap = JSON.createObjectNode();
        ids.forEach(idMap::put);
        all.set("ids", idMap);
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
    }

    /** Sends the operation's documented example (ids replaced) and expects its documented status; records the id it makes. */
    private void send(String operationId, String path, int status, String idConstant) throws Exception {
        assertTrue(successCodes(operationId).contains(String.valueOf(status)), operationId + " documents " + status);
        String body = example(operationId);
        // the follow-up's answer is the response example of FollowUp: with personnel:pii, so that it shows the health data
        var client = operationId.equals("recordFollowUp") ? Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_WRITE, Roles.PERSONNEL_PII) : Api.writer();
        // a bulk import requires its Idempotency-Key
        if (operationId.startsWith("import")) client = client.header("Idempotency-Key", java.util.UUID.randomUUID().toString());
        Response r = client.body(body).request(method(operationId), Api.BASE + path);
        assertEquals(status, r.statusCode(), operationId + " with its example: " + r.asString());
        JsonNode answer = JSON.readTree(r.asString());
        answers.put(operationId, answer);
        if (operationId.startsWith("import")) assertEquals(0, answer.get("refused").asInt(), operationId + "'s example imports every row: " + answer);
        if (idConstant != null) ids.put(idConstant, answer.get("id").asText());
        sent.add(operationId);
    }

    private void read(String operationId, String path) throws Exception {
        answers.put(operationId, JSON.readTree(Api.reader().get(Api.BASE + path).then().statusCode(200).extract().asString()));
    }

    /** The operation's one request body example in the served document, with the example ids replaced by real ones. */
    private String example(String operationId) throws Exception {
        JsonNode examples = operation(operationId).path("requestBody").path("content").path("application/json").path("examples");
        assertEquals(1, examples.size(), operationId + " has one request example");
        String body = JSON.writeValueAsString(examples.elements().next().get("value"));
        for (Map.Entry<String, String> id : ids.entrySet()) body = body.replace(id.getKey(), id.getValue());
        return body;
    }

    private JsonNode operation(String operationId) {
        for (JsonNode item : doc.get("paths")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                JsonNode op = it.next().getValue();
                if (operationId.equals(op.path("operationId").asText())) return op;
            }
        }
        throw new AssertionError("no operation " + operationId);
    }

    private String method(String operationId) {
        for (JsonNode item : doc.get("paths")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (operationId.equals(e.getValue().path("operationId").asText())) return e.getKey().toUpperCase();
            }
        }
        throw new AssertionError("no operation " + operationId);
    }

    private List<String> successCodes(String operationId) {
        List<String> codes = new ArrayList<>();
        operation(operationId).get("responses").fieldNames().forEachRemaining(c -> {
            if (c.startsWith("2")) codes.add(c);
        });
        return codes;
    }

    private List<String> operations(boolean withBody) {
        List<String> found = new ArrayList<>();
        for (JsonNode item : doc.get("paths")) {
            item.forEach(op -> {
                if (op.has("operationId") && op.has("requestBody") == withBody) found.add(op.get("operationId").asText());
            });
        }
        return found;
    }

    /** Every 2xx other than 204 names its body's schema. */
    private List<String> untypedSuccesses() {
        List<String> untyped = new ArrayList<>();
        for (JsonNode item : doc.get("paths")) {
            item.forEach(op -> op.path("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().startsWith("2") || r.getKey().equals("204")) return;
                JsonNode content = r.getValue().path("content");
                boolean typed = content.size() > 0;
                for (JsonNode media : content) typed &= media.path("schema").size() > 0;
                if (!typed) untyped.add(op.path("operationId").asText() + " " + r.getKey());
            }));
        }
        return untyped;
    }
}
