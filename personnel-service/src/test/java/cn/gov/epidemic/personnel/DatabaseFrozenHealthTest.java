package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.Await;
import cn.gov.epidemic.testkit.RealInfra;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hung database (every PostgreSQL process stopped with SIGSTOP: testkit's {@code RealInfra.freezePostgres}) makes readiness DOWN fast, never a hanging health
 * answer; liveness stays UP (restarting the service would not help); readiness returns once the database does.
 */
@QuarkusTest
class DatabaseFrozenHealthTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aFrozenDatabaseMakesReadinessDownWithinASecondAndItRecovers() throws Exception {
        Await.until(() -> RestAssured.given().get("/q/health/ready").statusCode() == 200);
        RealInfra.freezePostgres();
        try {
            for (int i = 0; i < 3; i++) {
                Management.Timed p = Management.timed(() -> RestAssured.given().get("/q/health/ready"));
                Management.Timed d = Management.timed(() -> Management.readiness(management));
                Management.Timed l = Management.timed(() -> RestAssured.given().get("/q/health/live"));
                Response pub = p.response(), detailed = d.response(), live = l.response();
                long publicMs = p.ms(), detailedMs = d.ms(), liveMs = l.ms();
                System.out.printf("[fault] database frozen: public readiness %d in %d ms, detailed %d in %d ms (%s), liveness %d in %d ms%n",
                        pub.statusCode(), publicMs, detailed.statusCode(), detailedMs,
                        detailed.path("checks.find { it.name == 'database' }.data.error"), live.statusCode(), liveMs);
                assertEquals(503, pub.statusCode(), "not ready while the database hangs");
                assertEquals("{\"status\":\"DOWN\"}", pub.asString());
                assertTrue(publicMs < 1000, "the public readiness answered within 1 s: " + publicMs + " ms");
                assertEquals(503, detailed.statusCode());
                assertEquals("DOWN", detailed.path("checks.find { it.name == 'database' }.status"));
                assertEquals("UP", detailed.path("checks.find { it.name == 'outbox' }.status"), "the outbox check waits on nothing");
                assertTrue(detailedMs < 1000, "the detailed readiness answered within 1 s: " + detailedMs + " ms");
                assertEquals(200, live.statusCode(), "alive: a restart would not thaw the database");
                assertTrue(liveMs < 1000);
            }
        } finally {
            RealInfra.thawPostgres();
        }
        long t0 = System.nanoTime();
        Await.until(() -> RestAssured.given().get("/q/health/ready").statusCode() == 200);
        System.out.printf("[fault] database thawed: ready again after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        Api.writer().body(java.util.Map.of("name", "解冻", "category", "GRID_WORKER")).post(Api.BASE + "/people").then().statusCode(201);
    }
}
