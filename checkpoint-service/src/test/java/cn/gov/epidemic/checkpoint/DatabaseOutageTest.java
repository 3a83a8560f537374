package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.RealInfra;
import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.testkit.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: a database that hangs (PostgreSQL SIGSTOPped) or is down (fast shutdown) costs the callers a 503
 * {@code database-unavailable} with {@code Retry-After} within a few seconds, never a 500 or a hung request, and
 * the service recovers by itself once the database is back. Writes (inspections) and reads run throughout, and a
 * burst of reads during the outage needs more connections than the pool holds (the pool's acquisition timeout).
 */
@QuarkusTest
class DatabaseOutageTest {

    /** Each outage lasts this long: enough for requests that held a connection to time out, and new ones to be refused. */
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    /** Pool acquisition 3 s, or driver socket timeout 6 s, plus a margin for a loaded 2-core machine. */
    private static final long BOUND_MS = 15_000;
    private static final int CLIENTS = 4;
    /** Reads sent at once during the outage: more than the pool's 16 connections, so some must wait for a new one. */
    private static final int BURST = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aFrozenDatabaseAnswers503WithRetryAfterWithinTheBoundAndRecoversOnThaw() throws Exception {
        outage("frozen", RealInfra::freezePostgres, RealInfra::thawPostgres);
    }

    @Test
    void aStoppedDatabaseAnswers503WithRetryAfterAndRecoversOnStart() throws Exception {
        outage("stopped", RealInfra::stopPostgres, RealInfra::startPostgres);
    }

    private interface Fault {
        void run() throws Exception;
    }

    private record Result(boolean write, int status, long ms, String retryAfter, String contentType, String type, String id, long startedAt) {
    }

    private void outage(String what, Fault down, Fault up) throws Exception {
        String cp = Api.checkpoint();
        String existing = id(send(true, cp, null));
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + BURST);
        AtomicBoolean running = new AtomicBoolean(true);
        for (int c = 0; c < CLIENTS; c++) {
            boolean writer = c % 2 == 0;
            pool.submit(() -> {
                while (running.get()) results.add(send(writer, cp, existing));
                return null;
            });
        }
        long downAt = 0, upAt = 0, recoveredAt = -1;
        boolean isDown = false;
        try {
            Thread.sleep(1_000); // traffic before the fault
            down.run();
            isDown = true;
            downAt = System.nanoTime();
            Thread.sleep(500);
            for (int i = 0; i < BURST; i++) pool.submit(() -> results.add(send(false, cp, existing)));
            Thread.sleep(OUTAGE.toMillis() - 500);
            up.run();
            isDown = false;
            upAt = System.nanoTime();
            // recovered when a write started after the database came back succeeds
            long deadline = upAt + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && recoveredAt < 0) {
                synchronized (results) {
                    for (Result r : results) {
                        if (r.write() && r.status() == 201 && r.startedAt() > upAt) {
                            recoveredAt = r.startedAt() + TimeUnit.MILLISECONDS.toNanos(r.ms());
                            break;
                        }
                    }
                }
                Thread.sleep(100);
            }
            Thread.sleep(1_000); // traffic after the recovery
        } finally {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            if (isDown) up.run(); // never leave the database down for the next test class
        }

        long from = downAt, to = upAt;
        List<Result> all = List.copyOf(results);
        List<Result> refused = all.stream().filter(r -> r.status() == 503).toList();
        List<Result> during = all.stream().filter(r -> r.startedAt() + TimeUnit.MILLISECONDS.toNanos(r.ms()) > from && r.startedAt() < to).toList();
        long maxMs = during.stream().mapToLong(Result::ms).max().orElse(0);
        List<String> acknowledged = all.stream().filter(r -> r.write() && r.status() == 201).map(Result::id).toList();
        long present = Sql.count("select count(*) from inspection where id = any(?::uuid[])", "{" + String.join(",", acknowledged) + "}");
        System.out.printf("[fault] database %s for %d s: %d requests (%d during the outage), %d x 201/200, %d x 503 (%d writes, %d reads),"
                        + " %d other; slowest answer during the outage %d ms (bound %d ms); first write accepted %d ms after the database was back;"
                        + " acknowledged writes present %d/%d%n",
                what, OUTAGE.toSeconds(), all.size(), during.size(), all.stream().filter(r -> r.status() == 200 || r.status() == 201).count(),
                refused.size(), refused.stream().filter(Result::write).count(), refused.stream().filter(r -> !r.write()).count(),
                all.stream().filter(r -> r.status() != 200 && r.status() != 201 && r.status() != 503).count(),
                maxMs, BOUND_MS, recoveredAt < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(recoveredAt - upAt), present, acknowledged.size());

        for (Result r : all) {
            assertTrue(r.status() == 200 || r.status() == 201 || r.status() == 503, "only success or 503, got " + r);
            assertTrue(r.ms() < BOUND_MS, "answered within the bound: " + r);
        }
        for (Result r : refused) {
            assertEquals("application/problem+json", r.contentType(), r.toString());
            assertEquals("https://epidemic.gov.cn/problems/database-unavailable", r.type(), r.toString());
            assertTrue(r.retryAfter() != null && r.retryAfter().matches("\\d+"), "Retry-After on every 503: " + r);
        }
        assertTrue(refused.stream().anyMatch(Result::write), "a write met the outage");
        assertTrue(refused.stream().anyMatch(r -> !r.write()), "a read met the outage");
        assertTrue(recoveredAt > 0, "writes succeed again without a restart");
        assertTrue(all.stream().anyMatch(r -> !r.write() && r.status() == 200 && r.startedAt() > to), "reads succeed again");
        assertEquals(acknowledged.size(), present, "every acknowledged write is stored");
    }

    /** One write (a new inspection) or one read (an existing inspection); never throws, a hang shows as its time. */
    private Result send(boolean write, String cp, String existing) {
        long t0 = System.nanoTime();
        try {
            String base = "http://localhost:" + RestAssured.port + Api.BASE + "/inspections";
            HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                    .header("Authorization", Tokens.bearer("outage-test", Roles.CHECKPOINT_INSPECT, Roles.CHECKPOINT_READ));
            if (write) {
                Map<String, Object> body = Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", "36.5")));
                b.uri(URI.create(base)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } else {
                b.uri(URI.create(base + "/" + existing)).GET();
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            JsonNode json = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
            return new Result(write, r.statusCode(), ms, r.headers().firstValue("Retry-After").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(null), json.path("type").asText(null), json.path("id").asText(null), t0);
        } catch (Exception e) {
            return new Result(write, -1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), null, null, e.toString(), null, t0);
        }
    }

    private static String id(Result r) {
        assertEquals(201, r.status(), r.toString());
        return r.id();
    }
}
