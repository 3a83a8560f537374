package cn.gov.epidemic.personnel;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's operations endpoints (the kit's, the same in every service): metrics and the detailed health on the
 * management port only; on the public port a bare readiness and liveness, answered within 1 s.
 */
@QuarkusTest
class OperationsEndpointsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void publicHealthIsABareStatusWithinASecond() {
        for (String path : new String[] {"/q/health/ready", "/q/health/live"}) {
            long t0 = System.nanoTime();
            Response r = RestAssured.given().get(path);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[test] public %s: %d %s in %d ms%n", path, r.statusCode(), r.asString(), ms);
            r.then().statusCode(200).contentType(containsString("application/json"));
            assertEquals("{\"status\":\"UP\"}", r.asString(), "only the status: no check, no address, no port");
            assertTrue(ms < 1000, "answered within 1 s");
        }
    }

    @Test
    void metricsAndDetailedHealthAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/started"}) {
            Response r = RestAssured.given().get(path);
            System.out.printf("[test] public %s: %d%n", path, r.statusCode());
            assertEquals(404, r.statusCode(), path + " is not served on the public port");
            assertFalse(r.asString().contains("outbox"), "no check or metric in " + path);
            assertFalse(r.asString().contains("jdbc:"), "no address in " + path);
        }
    }

    @Test
    void theManagementPortServesTheDetailedHealthAndTheMetrics() {
        Response r = Management.readiness(management);
        System.out.printf("[test] management /q/health/ready: %s%n", r.asString());
        r.then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.backlog", notNullValue())
                .body("checks.find { it.name == 'outbox' }.data.relay", equalTo("leader"));
        RestAssured.given().baseUri(Management.base(management)).get("/q/health/live").then().statusCode(200);
        Management.metric(management, "outbox_backlog{topic=\"personnel.events\"}");
        Management.metric(management, "outbox_oldest_age_seconds{topic=\"personnel.events\"}");
        Management.metric(management, "outbox_broker_up{topic=\"personnel.events\"}");
    }
}
