package cn.gov.epidemic.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 point 2: dot segments, encoded separators and backslashes, sent on a raw socket exactly as written, never
 * reach a service's own endpoints; the real personnel-service behind the gateway has /q/metrics, /q/health,
 * /q/openapi and /q/swagger-ui, and none of them answers. A path that normalises to a legal API path is served.
 */
@QuarkusTest
class DotSegmentTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyVariantThatLeavesTheRouteIs400() throws Exception {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("/api/v1/personnel/../../../q/metrics", "..");
        refused.put("/api/v1/personnel/%2e%2e/%2e%2e/%2e%2e/q/metrics", "%2e%2e");
        refused.put("/api/v1/personnel/%2E%2e/%2e%2E/%2E%2E/q/health", "%2E%2e");
        refused.put("/api/v1/personnel/.%2e/.%2e/.%2e/q/openapi", ".%2e");
        refused.put("/api/v1/personnel/..%2f..%2f..%2fq/swagger-ui", "..%2f");
        refused.put("/api/v1/personnel%2f..%2f..%2f..%2fq/metrics", "%2f");
        refused.put("/api/v1/personnel/..\\..\\..\\q/metrics", "\\");
        refused.put("/api/v1/personnel/..%5c..%5c..%5cq/health", "%5c");
        refused.put("/api/v1/personnel/./../../../q/metrics", "/./");
        refused.put("/api/v1/personnel//../../../q/openapi", "//");
        refused.put("/api/v1/personnel/people/../../../q/metrics", ".. under a resource");
        refused.put("/api/v1/personnel/../supplies/items", ".. into another route");
        int n = 0;
        for (Map.Entry<String, String> e : refused.entrySet()) {
            RawHttp.Answer a = RawHttp.get(e.getKey(), GatewayTestEnvironment.ADMIN_KEY);
            assertEquals(400, a.status(), e.getValue() + " " + e.getKey() + " -> " + a.head());
            assertTrue(a.header("Content-Type").startsWith(PROBLEM), e.getKey() + ": " + a.head());
            assertTrue(a.text().contains("\"status\":400") && !a.text().contains("# HELP") && !a.text().contains("\"checks\"")
                    && !a.text().contains("openapi:"), e.getKey() + ": " + a.text());
            n++;
        }
        System.out.printf("[test] dot segments: %d variants leaving their route -> 400 problem+json, 0 reached a /q/ endpoint%n", n);
    }

    @Test
    void aPathThatNormalisesToALegalApiPathIsServedWithTheNormalisedPath() throws Exception {
        Map<String, String> served = new LinkedHashMap<>();
        served.put("/api/v1/supplies/./items", "/api/v1/supplies/items");
        served.put("/api/v1/supplies//items", "/api/v1/supplies/items");
        served.put("/api/v1/supplies/lots/../items?page=1&size=5", "/api/v1/supplies/items?page=1&size=5");
        served.put("/api/v1/supplies/lots/%2e%2e/items", "/api/v1/supplies/items");
        served.put("/api/v1/supplies/%2e%2e%2e/items", "/api/v1/supplies/.../items");
        served.put("/docs/../api/v1/supplies/items", "/api/v1/supplies/items");
        for (Map.Entry<String, String> e : served.entrySet()) {
            RawHttp.Answer a = RawHttp.get(e.getKey(), GatewayTestEnvironment.ADMIN_KEY);
            assertEquals(200, a.status(), e.getKey() + " -> " + a.head() + a.text());
            assertTrue(a.text().contains("\"uri\":\"" + e.getValue() + "\""), e.getKey() + " forwarded as " + a.text());
        }
        // and on the real service: a dot segment inside the route reaches the resource it names
        RawHttp.Answer people = RawHttp.get("/api/v1/personnel/units/../people?size=1", GatewayTestEnvironment.ADMIN_KEY);
        assertEquals(200, people.status(), people.head());
        assertTrue(people.text().contains("\"items\""), people.text());
    }

    @Test
    void theServicesOwnEndpointsAreNotRoutedEvenInsideTheRoute() throws Exception {
        RawHttp.Answer a = RawHttp.get("/api/v1/personnel/q/metrics", GatewayTestEnvironment.ADMIN_KEY);
        assertTrue(a.status() == 404, a.head());
        assertFalse(a.text().contains("# HELP"), a.text());
    }
}
