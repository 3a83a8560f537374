package cn.gov.epidemic.personnel;

import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.testkit.EventProbe;
import cn.gov.epidemic.testkit.RealInfra;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import cn.gov.epidemic.testkit.Await;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transactional outbox: with the broker stopped, writes keep succeeding and the service stays ready, reporting
 * the broker DOWN and the exact backlog; when it returns, every event arrives, once per id, in commit order per
 * aggregate, as a CloudEvent in binary mode naming its declared schema (ce_dataschema), and the backlog is 0.
 */
@QuarkusTest
class OutboxTest {

    private static final int PEOPLE = 100; // 100 registrations + 100 updates = 200 changes, two events per aggregate
    private static final String BACKLOG = "outbox_backlog{topic=\"personnel.events\"}";
    private static final String OLDEST_AGE = "outbox_oldest_age_seconds{topic=\"personnel.events\"}";

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aBrokerOutageDelaysEventsButLosesNone() throws Exception {
        List<String> ids = new ArrayList<>();
        Await.until(() -> Management.metric(management, BACKLOG) == 0); // what earlier tests wrote is out
        RealInfra.stopKafka();
        try {
            for (int i = 0; i < PEOPLE; i++) {
                ids.add(Api.writer().header("X-Request-Id", "outbox-" + i).body(Map.of("name", "断网" + i, "category", "GRID_WORKER"))
                        .post(Api.BASE + "/people").then().statusCode(201).extract().path("id"));
            }
            for (String id : ids) {
                Api.writer().header("If-Match", "\"0\"").body(Map.of("name", "断网更新", "category", "VILLAGE_CADRE"))
                        .put(Api.BASE + "/people/" + id).then().statusCode(200);
            }
            assertEquals(2L * PEOPLE, Sql.count("select count(*) from outbox_event where aggregate_id = any(string_to_array(?, ',')) and published_at is null",
                    String.join(",", ids)), "all 200 events wait in the outbox while the broker is down");
            whileTheBrokerIsDown(2 * PEOPLE);
        } finally {
            RealInfra.startKafka();
        }

        Set<String> mine = new HashSet<>(ids);
        try (EventProbe probe = new EventProbe("personnel.events")) {
            List<EventProbe.Event> all = probe.until(events -> events.stream().filter(e -> mine.contains(e.subject())).count() >= 2L * PEOPLE,
                    Duration.ofSeconds(120));
            // a little longer, so that a duplicate would have time to show up
            all = probe.until(events -> false, Duration.ofSeconds(2));
            List<EventProbe.Event> ours = all.stream().filter(e -> mine.contains(e.subject())).toList();
            assertEquals(2 * PEOPLE, ours.size(), "every event arrived");
            Map<String, Long> perId = ours.stream().collect(Collectors.groupingBy(EventProbe.Event::id, Collectors.counting()));
            assertEquals(2 * PEOPLE, perId.size(), "each event id once");
            assertTrue(perId.values().stream().allMatch(n -> n == 1), "no duplicates");

            Map<String, List<String>> typesPerAggregate = new HashMap<>();
            for (EventProbe.Event e : ours) {
                typesPerAggregate.computeIfAbsent(e.subject(), k -> new ArrayList<>()).add(e.type());
                assertEquals(e.subject(), e.key(), "key = aggregate id");
                assertEquals("1.0", e.specVersion());
                assertEquals("/personnel-service", e.source());
                assertEquals("application/json", e.contentType());
                assertNotNull(e.time());
                assertEquals(PersonnelEvents.SOURCE.types().stream().filter(t -> t.type().equals(e.type())).findFirst().orElseThrow().dataschema(),
                        e.headers().get("ce_dataschema"), "ce_dataschema names the declared type's schema and version");
                if (e.type().endsWith(".registered")) {
                    assertTrue(e.requestId() != null && e.requestId().startsWith("outbox-"), "the caller's request id is carried: " + e.requestId());
                } else {
                    assertNotNull(e.requestId(), "a generated request id is carried");
                }
            }
            for (List<String> types : typesPerAggregate.values()) {
                assertEquals(List.of("cn.gov.epidemic.personnel.person.registered", "cn.gov.epidemic.personnel.person.updated"), types,
                        "commit order per aggregate");
            }
        }
        assertEquals(0, Sql.count("select count(*) from outbox_event where aggregate_id = any(string_to_array(?, ',')) and published_at is null",
                String.join(",", ids)), "the backlog is marked published");
        Await.until(() -> Management.metric(management, BACKLOG) == 0);
        Await.until(() -> "UP".equals(Management.readiness(management).path("checks.find { it.name == 'outbox' }.data.broker")));
        System.out.printf("[fault] broker back: outbox_backlog %.0f, oldest age %.1f s, broker %s%n", Management.metric(management, BACKLOG),
                Management.metric(management, OLDEST_AGE), Management.readiness(management).path("checks.find { it.name == 'outbox' }.data.broker"));
        assertEquals(0.0, Management.metric(management, OLDEST_AGE), "nothing waits");
    }

    /** Readiness means "can serve the API": the outage is reported (broker DOWN, the backlog), not a reason to be unready. */
    private void whileTheBrokerIsDown(int events) {
        Await.until(() -> "DOWN".equals(Management.readiness(management).path("checks.find { it.name == 'outbox' }.data.broker")));
        Await.until(() -> Management.metric(management, BACKLOG) == events); // counted about every second
        assertTrue(Management.metric(management, OLDEST_AGE) > 0, "the oldest unpublished event has an age");
        for (int i = 0; i < 5; i++) {
            Management.Timed p = Management.timed(() -> RestAssured.given().get("/q/health/ready"));
            Management.Timed d = Management.timed(() -> Management.readiness(management));
            Response pub = p.response(), detailed = d.response();
            long publicMs = p.ms(), detailedMs = d.ms();
            System.out.printf("[fault] broker down: public readiness %d in %d ms, detailed %d in %d ms, broker %s, backlog %s, oldest %s s%n",
                    pub.statusCode(), publicMs, detailed.statusCode(), detailedMs,
                    detailed.path("checks.find { it.name == 'outbox' }.data.broker"),
                    detailed.path("checks.find { it.name == 'outbox' }.data.backlog"),
                    detailed.path("checks.find { it.name == 'outbox' }.data.oldestUnpublishedAgeSeconds"));
            assertEquals(200, pub.statusCode(), "ready while the broker is down");
            assertEquals("{\"status\":\"UP\"}", pub.asString());
            assertTrue(publicMs < 1000, "the public readiness answered within 1 s: " + publicMs + " ms");
            assertEquals(200, detailed.statusCode(), "the detailed readiness is UP too");
            assertTrue(detailedMs < 1000, "the detailed readiness answered within 1 s: " + detailedMs + " ms");
            assertEquals("DOWN", detailed.path("checks.find { it.name == 'outbox' }.data.broker"));
            assertEquals(events, ((Number) detailed.path("checks.find { it.name == 'outbox' }.data.backlog")).intValue(),
                    "the backlog is every unpublished row");
        }
        System.out.printf("[fault] broker down: outbox_backlog %.0f (expected %d), oldest age %.1f s%n",
                Management.metric(management, BACKLOG), events, Management.metric(management, OLDEST_AGE));
        assertEquals(events, Management.metric(management, BACKLOG), "the gauge counts every unpublished row");
    }
}
