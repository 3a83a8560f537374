package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.testkit.EventProbe;
import cn.gov.epidemic.testkit.RealInfra;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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
 * The transactional outbox: with the broker stopped, writes keep succeeding; when it returns, every event arrives,
 * once per id, in commit order per aggregate, as a CloudEvent in binary mode.
 */
@QuarkusTest
class OutboxTest {

    private static final int PEOPLE = 100; // 100 registrations + 100 updates = 200 changes, two events per aggregate

    @Test
    void aBrokerOutageDelaysEventsButLosesNone() throws Exception {
        List<String> ids = new ArrayList<>();
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
    }
}
