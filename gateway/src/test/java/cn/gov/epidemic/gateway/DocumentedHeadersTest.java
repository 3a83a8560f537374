package cn.gov.epidemic.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merged document declares on every response the headers the gateway adds (rate limits, CORS, request id;
 * Retry-After on 429 and 503), and what it declares is what the gateway sends: a real answer through the gateway, to
 * a page of the allowed origin, carries each of them, and a spent rate limit's 429 carries Retry-After.
 */
@QuarkusTest
class DocumentedHeadersTest {

    private static final Set<String> GATEWAY_HEADERS = Set.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
            "Access-Control-Allow-Origin", "X-Request-Id");

    @Test
    void everyResponseDeclaresTheGatewaysHeadersAndTheGatewaySendsThem() {
        JsonPath doc = RestAssured.given().get("/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        int responses = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> p : paths.entrySet()) {
            for (Map.Entry<String, Object> op : p.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> o) || !(o.get("responses") instanceof Map<?, ?> rs)) continue;
                for (Map.Entry<?, ?> r : rs.entrySet()) {
                    responses++;
                    Map<?, ?> response = (Map<?, ?>) r.getValue();
                    if (response.get("$ref") instanceof String ref) response = doc.getMap("components.responses." + ref.substring(ref.lastIndexOf('/') + 1));
                    Map<?, ?> headers = response.get("headers") instanceof Map<?, ?> h ? h : Map.of();
                    for (String h : GATEWAY_HEADERS) if (!headers.containsKey(h)) missing.add(op.getKey() + " " + p.getKey() + " " + r.getKey() + ": " + h);
                    if ((r.getKey().equals("429") || r.getKey().equals("503")) && !headers.containsKey("Retry-After")) {
                        missing.add(op.getKey() + " " + p.getKey() + " " + r.getKey() + ": Retry-After");
                    }
                }
            }
        }
        System.out.printf("[test] documented headers: %d responses, %d lack a header the gateway sends%n", responses, missing.size());
        assertTrue(responses > 100, "the personnel service's responses are in the document: " + responses);
        assertEquals(List.of(), missing);
        assertEquals(Boolean.FALSE, doc.get("servers[0].x-internal"));

        String origin = "http://127.0.0.1:" + GatewayTestEnvironment.corsPort;
        Response answer = RestAssured.given().header("Origin", origin).header("X-API-Key", GatewayTestEnvironment.READER_KEY)
                .get("/api/v1/personnel/divisions");
        answer.then().statusCode(200);
        for (String h : GATEWAY_HEADERS) assertNotNull(answer.header(h), "the gateway sends " + h);
        assertEquals(origin, answer.header("Access-Control-Allow-Origin"));
    }
}
