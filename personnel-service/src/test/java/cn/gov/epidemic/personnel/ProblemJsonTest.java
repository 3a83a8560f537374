package cn.gov.epidemic.personnel;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every class of bad input gets its 4xx application/problem+json, with no class name or stack trace, and changes nothing. */
@QuarkusTest
class ProblemJsonTest {

    private static final String PEOPLE = Api.BASE + "/people";
    private static final String TYPE = "https://epidemic.gov.cn/problems/";

    private static void assertProblem(Response r, int status, String slug) {
        r.then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPE + slug))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("requestId", notNullValue());
        String body = r.asString();
        assertFalse(body.contains("Exception") || body.contains("at cn.") || body.contains("java.") || body.contains("org.hibernate"),
                "no class names or stack traces in " + body);
    }

    private long people() {
        return ((Number) Api.reader().get(PEOPLE + "?size=1").then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @Test
    void malformedJsonIs400() {
        long before = people();
        assertProblem(Api.writer().body("{\"name\": \"x\", ").post(PEOPLE), 400, "malformed-body");
        assertEquals(before, people());
    }

    @Test
    void wrongTypeIs400WithTheField() {
        Response r = Api.writer().body("{\"name\": 12345, \"category\": \"POLICE_OFFICER\"}").post(PEOPLE);
        assertProblem(r, 400, "validation");
        r.then().body("violations.field", hasItem("name"));
    }

    @Test
    void unknownEnumValueIs400() {
        Response r = Api.writer().body(Map.of("name", "张三", "category", "ASTRONAUT")).post(PEOPLE);
        assertProblem(r, 400, "validation");
        r.then().body("violations[0].field", equalTo("category")).body("violations[0].message", containsString("POLICE_OFFICER"));
    }

    @Test
    void invalidIdCardCheckDigitIs400WithoutEchoingIt() {
        Response r = Api.writer().body(Map.of("name", "张三", "category", "POLICE_OFFICER", "idCardNumber", "150102198503121235")).post(PEOPLE);
        assertProblem(r, 400, "validation");
        r.then().body("violations[0].field", equalTo("idCardNumber"));
        assertFalse(r.asString().contains("150102198503121235"), "the refused number is not echoed");
    }

    @Test
    void missingBodyIs400() {
        assertProblem(Api.writer().post(PEOPLE), 400, "missing-body");
    }

    @Test
    void badPathParameterIs400AndUnknownIdIs404() {
        // a parameter refused is a validation problem naming it and the format expected (the kit's StrictParams)
        assertProblem(Api.reader().get(PEOPLE + "/not-a-uuid"), 400, "validation");
        assertProblem(Api.reader().get(PEOPLE + "/" + Api.uuid()), 404, "not-found");
        assertProblem(Api.reader().get(Api.BASE + "/no-such-collection"), 404, "not-found");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertProblem(Api.writer().contentType("text/plain").body("name=x").post(PEOPLE), 415, "unsupported-media-type");
    }

    @Test
    void oversizedBodyIs413() {
        String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(Api.writer().body(big).post(PEOPLE), 413, "payload-too-large");
    }

    @Test
    void businessRuleIs409WithItsOwnType() {
        String id = Api.person("李四");
        String village = Api.village();
        String d = Api.plannedDeployment(id, village);
        Api.writer().post(Api.BASE + "/deployments/" + d + "/activation").then().statusCode(200);
        Response again = Api.writer().post(Api.BASE + "/deployments/" + d + "/activation");
        assertProblem(again, 409, "invalid-state-transition");
    }

    @Test
    void staleVersionIs412() {
        String id = Api.person("王五");
        Map<String, Object> body = Map.of("name", "王五", "category", "JUDGE");
        Api.writer().header("If-Match", "\"0\"").body(body).put(PEOPLE + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        assertProblem(Api.writer().header("If-Match", "\"0\"").body(body).put(PEOPLE + "/" + id), 412, "precondition-failed");
        Api.reader().get(PEOPLE + "/" + id).then().body("category", equalTo("JUDGE")).body("version", equalTo(1));
    }

    @Test
    void numbersOutOfRangeAndNulCharactersAre400() {
        assertProblem(Api.writer().body("{\"name\": \"a\\u0000b\", \"category\": \"JUDGE\"}").post(PEOPLE), 400, "validation");
        assertProblem(Api.writer().body("{\"name\":\"t\",\"issuingAuthority\":\"x\",\"divisionCode\":\"150100\",\"target\":99999999999999,\"periodStart\":\"2020-01-28\"}")
                .post(Api.BASE + "/plans"), 400, "validation");
    }

    @Test
    void badSortFieldAndPageSizeAre400() {
        assertProblem(Api.reader().get(PEOPLE + "?sort=password"), 400, "validation");
        assertProblem(Api.reader().get(PEOPLE + "?size=100000"), 400, "validation");
    }

    @Test
    void requestIdIsEchoedAndGeneratedWhenAbsent() {
        Api.reader().header("X-Request-Id", "trace-42").get(PEOPLE + "/" + Api.uuid())
                .then().statusCode(404).header("X-Request-Id", "trace-42").body("requestId", equalTo("trace-42"));
        RestAssured.given().get("/q/health/live").then().header("X-Request-Id", not(startsWith("trace")));
    }
}
