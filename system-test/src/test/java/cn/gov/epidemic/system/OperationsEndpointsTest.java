package cn.gov.epidemic.system;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite as the launcher starts it: every application's metrics and detailed health on its own management port;
 * on the public ports (the gateway's included) only a bare readiness, and no metrics.
 */
@Order(3)
class OperationsEndpointsTest {

    static Suite suite;

    @BeforeAll
    static void start() {
        suite = Suite.get();
    }

    @Test
    void eachApplicationServesMetricsAndDetailedHealthOnlyOnItsManagementPort() {
        for (String app : List.of("personnel", "supplies", "checkpoint", "gateway")) {
            String pub = "http://127.0.0.1:" + suite.ports.get(app);
            Integer port = suite.managementPorts.get(app);
            assertTrue(port != null && !port.equals(suite.ports.get(app)), app + " has a management port of its own");
            String mgmt = "http://127.0.0.1:" + port;

            Response ready = RestAssured.given().baseUri(pub).get("/q/health/ready");
            Response detailed = RestAssured.given().baseUri(mgmt).get("/q/health/ready");
            int publicMetrics = RestAssured.given().baseUri(pub).get("/q/metrics").statusCode();
            String metrics = RestAssured.given().baseUri(mgmt).get("/q/metrics").then().statusCode(200).extract().asString();
            System.out.printf("[test] %s: public readiness %d %s, public /q/metrics %d, management readiness %d with %s%n", app,
                    ready.statusCode(), ready.asString(), publicMetrics, detailed.statusCode(), detailed.path("checks.name"));
            assertEquals(200, ready.statusCode());
            assertEquals("{\"status\":\"UP\"}", ready.asString(), app + ": no check, address or port on the public port");
            assertEquals(404, publicMetrics, app + ": no metrics on the public port");
            assertEquals(200, detailed.statusCode());
            if (app.equals("gateway")) {
                Map<String, String> upstreams = detailed.path("checks.find { it.name == 'upstreams' }.data");
                assertEquals(3, upstreams.size(), "each service reported: " + upstreams);
                assertTrue(metrics.contains("gateway_upstream_up{"), "the upstream gauge");
            } else {
                assertEquals("UP", detailed.path("checks.find { it.name == 'database' }.status"));
                assertEquals("UP", detailed.path("checks.find { it.name == 'outbox' }.data.broker"));
                assertTrue(metrics.contains("outbox_backlog{"), "the backlog gauge");
            }
        }
    }

    @Test
    void theGatewayRoutesNoManagementEndpoint() {
        // the management interface is not a route: only the API prefixes are forwarded, /q/ paths are the gateway's own
        Response r = suite.api().get("/q/metrics");
        assertEquals(404, r.statusCode());
        assertFalse(r.asString().contains("outbox_backlog"), "no service's metrics through the gateway");
    }
}
