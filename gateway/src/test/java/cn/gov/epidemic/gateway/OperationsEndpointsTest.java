package cn.gov.epidemic.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's operations endpoints: metrics and the detailed health (each service's state and address) only on
 * the management port; the public port answers readiness with a bare status, within 1 s, and stays ready while a
 * service is dead (checkpoints: nothing listens there).
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestEnvironment.class, restrictToAnnotatedClass = false)
class OperationsEndpointsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void publicReadinessIsABareStatusAndStaysUpWithAServiceDead() {
        for (String path : new String[] {"/q/health/ready", "/q/health/live"}) {
            long t0 = System.nanoTime();
            Response r = RestAssured.given().get(path);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[test] gateway public %s: %d %s in %d ms%n", path, r.statusCode(), r.asString(), ms);
            r.then().statusCode(200).contentType(containsString("application/json"));
            assertEquals("{\"status\":\"UP\"}", r.asString(), "only the status, no check, address or port");
            assertTrue(ms < 1000, "answered within 1 s");
        }
    }

    @Test
    void detailedHealthOnTheManagementPortReportsEachService() throws Exception {
        String mgmt = management.getProtocol() + "://" + management.getHost() + ":" + management.getPort(); // without its /q
        Response r = null;
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) { // the first background probe may still be on its way
            r = RestAssured.given().baseUri(mgmt).get("/q/health/ready");
            String checkpoints = r.path("checks.find { it.name == 'upstreams' }.data.checkpoints");
            String personnel = r.path("checks.find { it.name == 'upstreams' }.data.personnel");
            if (checkpoints != null && checkpoints.startsWith("DOWN (unreachable") && personnel != null && personnel.startsWith("UP")) break;
            Thread.sleep(200);
        }
        System.out.printf("[test] gateway management /q/health/ready: %s%n", r.asString());
        r.then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.personnel", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.supplies", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.checkpoints", startsWith("DOWN (unreachable"))
                .body("checks.find { it.name == 'upstreams' }.data.checkpoints", containsString(GatewayTestEnvironment.deadUrl));
        RestAssured.given().baseUri(mgmt).get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_upstream_up{route=\"checkpoints\"} 0.0"))
                .body(containsString("gateway_upstream_up{route=\"personnel\"} 1.0"));
    }

    @Test
    void metricsAndDetailedHealthAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/started", "/q/health/well"}) {
            Response r = RestAssured.given().get(path);
            System.out.printf("[test] gateway public %s: %d%n", path, r.statusCode());
            assertEquals(404, r.statusCode(), path + " is not served on the public port");
            assertFalse(r.asString().contains("127.0.0.1"), "no internal address in " + path);
            assertFalse(r.asString().contains("upstreams"), "no check in " + path);
        }
    }
}
