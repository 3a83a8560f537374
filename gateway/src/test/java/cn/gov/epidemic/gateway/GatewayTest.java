package cn.gov.epidemic.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway against a real personnel-service and real HTTP servers standing in for the others. */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestEnvironment.class, restrictToAnnotatedClass = false)
class GatewayTest {

    private static final String PROBLEM = "https://epidemic.gov.cn/problems/";

    private static RequestSpecification key(String apiKey) {
        return RestAssured.given().header("X-API-Key", apiKey);
    }

    /** The address the tests call the gateway at (RestAssured's base URI and the test port). */
    private static String gateway() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static void problem(Response r, int status, String slug) {
        r.then().statusCode(status).contentType("application/problem+json").body("type", equalTo(PROBLEM + slug))
                .body("requestId", notNullValue());
    }

    @Test
    void missingOrBadCredentialsAre401() throws Exception {
        Response none = RestAssured.given().get("/api/v1/supplies/items");
        problem(none, 401, "unauthorized");
        none.then().header("WWW-Authenticate", containsString("Bearer"));
        problem(key("not-a-key").get("/api/v1/supplies/items"), 401, "unauthorized");
        problem(RestAssured.given().header("Authorization", "Bearer garbage").get("/api/v1/supplies/items"), 401, "unauthorized");
        String impostor = GatewayTestEnvironment.idpToken("mallory", List.of("admin"), 300, true);
        problem(RestAssured.given().header("Authorization", "Bearer " + impostor).get("/api/v1/supplies/items"), 401, "unauthorized");
        String expired = GatewayTestEnvironment.idpToken("late", List.of("supplies:read"), -600, false);
        problem(RestAssured.given().header("Authorization", "Bearer " + expired).get("/api/v1/supplies/items"), 401, "unauthorized");
    }

    @Test
    void aBearerTokenOfTheIdentityProviderIsAccepted() throws Exception {
        String token = GatewayTestEnvironment.idpToken("alice", List.of("supplies:read"), 300, false);
        RestAssured.given().header("Authorization", "Bearer " + token).get("/api/v1/supplies/items").then().statusCode(200)
                .body("uri", equalTo("/api/v1/supplies/items"));
    }

    @Test
    void aBearerTokenIssuedInTheFutureOrLivingTooLongIs401() throws Exception {
        List<String> roles = List.of("supplies:read");
        String tomorrow = GatewayTestEnvironment.idpToken("mallory", roles, 86_400, 300, false);
        String forADay = GatewayTestEnvironment.idpToken("mallory", roles, 0, 86_400, false);
        String issuedTwoHoursAgo = GatewayTestEnvironment.idpToken("mallory", roles, -7_200, 7_500, false);
        for (String token : List.of(tomorrow, forADay, issuedTwoHoursAgo)) {
            problem(RestAssured.given().header("Authorization", "Bearer " + token).get("/api/v1/supplies/items"), 401, "unauthorized");
        }
        // within the clock skew and the maximum age: accepted
        String slightlyAhead = GatewayTestEnvironment.idpToken("alice", roles, 10, 300, false);
        RestAssured.given().header("Authorization", "Bearer " + slightlyAhead).get("/api/v1/supplies/items").then().statusCode(200);
    }

    @Test
    void aRoleTheRouteDoesNotAllowIs403() {
        problem(key(GatewayTestEnvironment.READER_KEY).get("/api/v1/supplies/items"), 403, "forbidden");
        problem(key(GatewayTestEnvironment.READER_KEY).contentType(ContentType.JSON).body("{}").post("/api/v1/personnel/people"), 403, "forbidden");
    }

    @Test
    void theRateLimitAnswers429WithRetryAfter() {
        key(GatewayTestEnvironment.LIMITED_KEY).get("/api/v1/supplies/items").then().statusCode(200)
                .header("RateLimit-Limit", "2").header("RateLimit-Remaining", "1");
        key(GatewayTestEnvironment.LIMITED_KEY).get("/api/v1/supplies/items").then().statusCode(200).header("RateLimit-Remaining", "0");
        Response third = key(GatewayTestEnvironment.LIMITED_KEY).get("/api/v1/supplies/items");
        problem(third, 429, "too-many-requests");
        int retryAfter = Integer.parseInt(third.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "Retry-After " + retryAfter);
        third.then().header("RateLimit-Remaining", "0").header("RateLimit-Reset", notNullValue());
    }

    @Test
    void aStoppedServiceIs503QuicklyAndTheBreakerOpens() {
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            Response r = key(GatewayTestEnvironment.ADMIN_KEY).get("/api/v1/checkpoints/" + i);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            problem(r, 503, "unavailable");
            r.then().header("Retry-After", notNullValue());
            assertTrue(ms < 3000, "answered in " + ms + " ms, within the 1 s connect timeout plus margin");
        }
        // open breaker: the answer no longer waits for a connection attempt
        key(GatewayTestEnvironment.ADMIN_KEY).get("/api/v1/checkpoints/x").then().statusCode(503)
                .body("detail", containsString("stops sending"));
    }

    @Test
    void aSlowServiceIs504AtTheTimeout() {
        long t0 = System.nanoTime();
        Response r = key(GatewayTestEnvironment.ADMIN_KEY).get("/api/v1/supplies/slow");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        problem(r, 504, "gateway-timeout");
        assertTrue(ms >= 1400 && ms < 4000, "timed out after " + ms + " ms (timeout 1.5 s in tests)");
    }

    @Test
    void theRequestIdMakesTheRoundTrip() {
        key(GatewayTestEnvironment.ADMIN_KEY).header("X-Request-Id", "hq-2020-02-03-0042").get("/api/v1/supplies/items")
                .then().statusCode(200).header("X-Request-Id", "hq-2020-02-03-0042")
                .body("headers.x-request-id", equalTo("hq-2020-02-03-0042"));
        String generated = key(GatewayTestEnvironment.ADMIN_KEY).get("/api/v1/supplies/items").then().statusCode(200)
                .extract().header("X-Request-Id");
        assertTrue(generated != null && generated.length() >= 16);
    }

    @Test
    void callersCannotSmuggleAnInternalTokenOrHeaders() throws Exception {
        String forged = GatewayTestEnvironment.idpToken("mallory", List.of("admin"), 300, false);
        Map<String, Object> headers = key(GatewayTestEnvironment.WRITER_KEY)
                .header("Authorization", "Bearer " + forged)
                .header("X-Internal-Token", "let-me-in").header("X-Forwarded-For", "10.9.8.7")
                .header("Cookie", "session=abc").header("X-Custom", "x")
                .get("/api/v1/supplies/items").then().statusCode(200).extract().path("headers");
        assertTrue(!headers.containsKey("x-internal-token") && !headers.containsKey("cookie") && !headers.containsKey("x-custom")
                && !headers.containsKey("x-api-key"), "only allow-listed headers pass: " + headers.keySet());
        assertTrue(!"10.9.8.7".equals(headers.get("x-forwarded-for")));
        String auth = (String) headers.get("authorization");
        JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(gatewayPublicKey()).setExpectedIssuer("https://gateway.epidemic.local")
                .setSkipDefaultAudienceValidation().build().processToClaims(auth.substring(7));
        assertEquals("personnel-office", claims.getSubject(), "the service sees the client the gateway authenticated, not the caller's token");
        assertEquals(List.of("personnel:read", "personnel:write", "supplies:read"), claims.getStringListClaimValue("groups").stream().sorted().toList());
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertTrue(lifetime <= 60, "short-lived: " + lifetime + " s");
    }

    @Test
    void responsesAreRelayedWithLocationOnTheGateway() {
        key(GatewayTestEnvironment.ADMIN_KEY).get("/api/v1/supplies/items").then().statusCode(200)
                .header("Location", gateway() + "/api/v1/supplies/items/42").header("ETag", "\"7\"")
                .header("Connection", not(equalTo("keep-alive, keep-alive")));
    }

    @Test
    void withoutAPublicUrlTheGatewayNamesTheAddressItWasCalledAt() {
        // a caller that reached the gateway as gw.example:9443 is sent there, in servers and in Location alike
        String host = "gw.example:9443";
        RestAssured.given().header("Host", host).get("/openapi").then().statusCode(200)
                .body("servers", org.hamcrest.Matchers.hasSize(1)).body("servers[0].url", equalTo("http://" + host));
        RestAssured.given().header("Host", host).get("/openapi?format=yaml").then().statusCode(200)
                .body(containsString("http://" + host));
        key(GatewayTestEnvironment.ADMIN_KEY).header("Host", host).get("/api/v1/supplies/items").then().statusCode(200)
                .header("Location", "http://" + host + "/api/v1/supplies/items/42");
        key(GatewayTestEnvironment.WRITER_KEY).header("Host", host).contentType(ContentType.JSON)
                .body(Map.of("name", "网关地址", "category", "GRID_WORKER")).post("/api/v1/personnel/people")
                .then().statusCode(201).header("Location", startsWith("http://" + host + "/api/v1/personnel/people/"));
        // X-Forwarded-Host/-Proto of a caller that is not a trusted proxy (none is configured here) are ignored
        RestAssured.given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").get("/openapi")
                .then().statusCode(200).body("servers[0].url", equalTo(gateway()));
        key(GatewayTestEnvironment.ADMIN_KEY).header("X-Forwarded-Host", "evil.example").get("/api/v1/supplies/items")
                .then().statusCode(200).header("Location", gateway() + "/api/v1/supplies/items/42");
    }

    @Test
    void throughTheGatewayToTheRealPersonnelService() {
        String location = key(GatewayTestEnvironment.WRITER_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "网关测试", "category", "GRID_WORKER")).post("/api/v1/personnel/people")
                .then().statusCode(201).header("Location", startsWith(gateway() + "/api/v1/personnel/people/"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        key(GatewayTestEnvironment.READER_KEY).get("/api/v1/personnel/people/" + id).then().statusCode(200)
                .body("name", equalTo("网关测试")).header("ETag", "\"0\"");
        // the service itself refuses a caller that bypasses the gateway
        RestAssured.given().baseUri(GatewayTestEnvironment.personnelUrl).port(-1).get("/api/v1/personnel/people/" + id)
                .then().statusCode(401).contentType("application/problem+json");
        RestAssured.given().baseUri(GatewayTestEnvironment.personnelUrl).port(-1).header("X-API-Key", GatewayTestEnvironment.ADMIN_KEY)
                .get("/api/v1/personnel/people/" + id).then().statusCode(401);
        // a service's own problem passes through unchanged
        key(GatewayTestEnvironment.READER_KEY).get("/api/v1/personnel/people/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(PROBLEM + "not-found"));
    }

    @Test
    void aBodyTheServiceStreamsChunkedArrivesWhole() {
        Response r = key(GatewayTestEnvironment.ADMIN_KEY).get("/api/v1/supplies/chunked");
        r.then().statusCode(200).header("Content-Type", startsWith("application/json"));
        assertEquals(List.of("x".repeat(100_000), "end"), r.jsonPath().getList("items"));
    }

    @Test
    void oversizedBodiesAre413() {
        problem(key(GatewayTestEnvironment.ADMIN_KEY).contentType(ContentType.JSON).body("{\"x\":\"" + "a".repeat(1_200_000) + "\"}")
                .post("/api/v1/supplies/items"), 413, "payload-too-large");
    }

    @Test
    void oneMergedOpenApiDocumentAndItsDocsPage() {
        RestAssured.given().get("/openapi").then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("servers[0].url", equalTo(gateway()))
                .body("paths", hasKey("/api/v1/personnel/people"))
                .body("components.securitySchemes", hasKey("apiKey"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("components.schemas", hasKey("Problem"));
        RestAssured.given().get("/openapi?format=yaml").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("openapi: "));
        RestAssured.given().get("/docs/").then().statusCode(200).body(containsString("swagger"));
    }

    private static PublicKey gatewayPublicKey() throws Exception {
        String b64 = Files.readAllLines(GatewayTestEnvironment.gatewayKeys.publicKeyFile()).stream()
                .filter(l -> !l.startsWith("-----")).collect(Collectors.joining());
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
    }
}
