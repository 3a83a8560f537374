package cn.gov.epidemic.system;

import cn.gov.epidemic.system.WriteLoad.Attempt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failing world of issue 10 on the running suite, under a steady stream of writes through the gateway: the broker
 * stopped for 30 s, PostgreSQL stopped and frozen for 10 s each, a service killed with -9 and started again. Each
 * test writes inspections at a checkpoint of its own (so the scenario's and the demo data's figures are untouched;
 * it also runs after them, by class order), records every answer, and then checks the effects through the API and
 * the events on the broker, printing the counts it asserts.
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The gateway's upstream timeout (10 s) and a generous margin: an answer later than this is a hang. */
    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(12);
    static Suite suite;

    @BeforeAll
    static void suite() throws InterruptedException {
        suite = Suite.get();
        // each fault starts from a suite that serves: a breaker an earlier test opened has closed again
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (String path : List.of("/api/v1/checkpoints?size=1", "/api/v1/personnel/divisions?size=1", "/api/v1/supplies/items?size=1")) {
            while (suite.api().get(path).then().extract().statusCode() != 200 && System.nanoTime() < end) Thread.sleep(250);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String checkpoint(String code) {
        return suite.api().body(Map.of("code", code, "name", "故障测试检测站 " + code, "kind", "TRUNK_ROAD", "divisionCode", "150502",
                        "agencies", List.of("TRANSPORT", "HEALTH")))
                .post("/api/v1/checkpoints").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** Every inspection recorded at the checkpoint, by its note (the Idempotency-Key of the request that made it). */
    private static Map<String, List<String>> inspectionsByKey(String checkpointId) throws Exception {
        Map<String, List<String>> byKey = new HashMap<>();
        for (int page = 0, pages = 1; page < pages; page++) {
            String json = suite.api().get("/api/v1/checkpoints/inspections?checkpointId=" + checkpointId + "&size=200&page=" + page)
                    .then().statusCode(200).extract().asString();
            JsonNode p = JSON.readTree(json);
            pages = p.path("totalPages").asInt();
            for (JsonNode i : p.path("items")) byKey.computeIfAbsent(i.path("note").asText(), k -> new ArrayList<>()).add(i.path("id").asText());
        }
        return byKey;
    }

    /** What the database holds: acknowledged keys not held exactly once under their id, keys held though not acknowledged. */
    record Effects(List<String> lostOrTwice, List<String> unacknowledged, int held) {
        List<String> wrong() {
            List<String> all = new ArrayList<>(lostOrTwice);
            all.addAll(unacknowledged);
            return all;
        }

        /** Exactly the acknowledged writes: each acknowledged key's one inspection under its id, nothing for any other key. */
        void assertExactlyTheAcknowledged(int acknowledged) {
            assertTrue(wrong().isEmpty(), wrong().size() + " keys whose effect is not the acknowledged one (lost, twice, or unacknowledged): "
                    + wrong().stream().limit(10).toList());
            assertEquals(acknowledged, held);
        }
    }

    private static Effects effects(String checkpointId, Map<String, String> acknowledged) throws Exception {
        Map<String, List<String>> held = inspectionsByKey(checkpointId);
        List<String> lostOrTwice = new ArrayList<>(), unacknowledged = new ArrayList<>();
        acknowledged.forEach((key, id) -> {
            List<String> ids = held.getOrDefault(key, List.of());
            if (!ids.equals(List.of(id))) lostOrTwice.add(key + ": acknowledged " + id + ", held " + ids);
        });
        held.forEach((key, ids) -> {
            if (!acknowledged.containsKey(key)) unacknowledged.add(key + ": not acknowledged, held " + ids);
        });
        return new Effects(lostOrTwice, unacknowledged, held.values().stream().mapToInt(List::size).sum());
    }

    /** How the retries of the unacknowledged writes were answered: replayed (made before), or made by the retry. */
    record Retried(int replayed, int created) {
    }

    /**
     * Retries each unacknowledged write with the same key and body until it is acknowledged, as a client should
     * after a 502/503/504 or no answer, and records the id it finally got in {@code finalIds}.
     */
    private static Retried retryUntilAcknowledged(WriteLoad load, List<Attempt> unanswered, Map<String, String> finalIds) throws Exception {
        int replayed = 0, created = 0;
        for (Attempt a : unanswered) {
            Attempt r = a;
            for (int i = 0; i < 20 && !r.acknowledged(); i++) {
                if (i > 0) Thread.sleep(500);
                r = load.send(a.key(), a.body());
            }
            assertTrue(r.acknowledged(), "the retry of " + a.key() + " is acknowledged: " + r);
            finalIds.put(a.key(), r.id());
            if (r.replayed()) replayed++;
            else created++;
        }
        return new Retried(replayed, created);
    }

    private static Map<String, String> acknowledged(List<Attempt> attempts) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Attempt a : attempts) if (a.acknowledged()) ids.put(a.key(), a.id());
        return ids;
    }

    private static Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String s : List.of("personnel", "supplies", "checkpoint", "gateway")) pids.put(s, suite.pid(s));
        return pids;
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    /** Waits (up to 90 s) for an acknowledged write that was sent after {@code sinceNanos}; returns when it was answered. */
    private static long firstAcknowledgedAfter(WriteLoad load, long sinceNanos) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            for (Attempt a : load.soFar()) if (a.acknowledged() && a.startNanos() > sinceNanos) return a.endNanos();
            Thread.sleep(100);
        }
        throw new AssertionError("no write acknowledged within 90 s after the fault ended: no recovery without a restart");
    }

    /** Readiness of the gateway and of each service's public port, polled every 250 ms per target while a fault lasts. */
    static final class Readiness {
        record Poll(String target, int status, long millis) {
        }

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        private final Queue<Poll> polls = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        Readiness start() {
            Map<String, String> targets = new LinkedHashMap<>();
            suite.ports.forEach((name, port) -> targets.put(name, "http://127.0.0.1:" + port + "/q/health/ready"));
            targets.forEach((name, url) -> {
                Thread t = new Thread(() -> {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
                    while (running) {
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = 0; // no answer within 2 s: a health answer must come within 1 s
                        }
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        polls.add(new Poll(name, status, ms));
                        try {
                            Thread.sleep(Math.max(0, 250 - ms));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "readiness-" + name);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            });
            return this;
        }

        List<Poll> stop() throws InterruptedException {
            running = false;
            for (Thread t : threads) t.join(5_000);
            return List.copyOf(polls);
        }
    }

    // ------------------------------------------------------------------ the faults

    @Test
    @Order(1)
    void brokerStoppedForThirtySecondsUnderWrites() throws Exception {
        String cp = checkpoint("FAULT-BROKER");
        WriteLoad load = new WriteLoad(suite, cp).start(4, 6); // about 24 writes a second
        Readiness readiness = new Readiness().start();
        Thread.sleep(1000);
        suite.infra("kafka-stop");
        long down = System.nanoTime(), up;
        try {
            // at least 30 s, and at least 500 writes sent while the broker is down (bounded: 90 s)
            while (System.nanoTime() - down < Duration.ofSeconds(90).toNanos()
                    && (System.nanoTime() - down < Duration.ofSeconds(30).toNanos()
                    || WriteLoad.count(load.soFar(), a -> a.startNanos() >= down) < 500)) {
                Thread.sleep(200);
            }
        } finally {
            suite.infra("kafka-start");
            up = System.nanoTime();
        }
        Thread.sleep(1000);
        List<Attempt> all = load.stop();
        List<Readiness.Poll> polls = readiness.stop();
        long duringOutage = WriteLoad.count(all, a -> a.startedWithin(down, up));
        Map<String, String> acked = acknowledged(all);

        Effects effects = effects(cp, acked);
        Set<String> ids = new HashSet<>(acked.values());
        List<Broker.Event> events;
        long eventsFrom = System.nanoTime();
        try (Broker broker = new Broker(suite.kafka, "checkpoint.events")) {
            Predicate<Broker.Event> ours = e -> e.type() != null && e.type().endsWith(".inspection.recorded") && ids.contains(e.subject());
            events = broker.collect(ours, seen -> seen.stream().map(Broker.Event::subject).distinct().count() >= ids.size(), Duration.ofSeconds(120));
        }
        double eventsSeconds = seconds(eventsFrom, System.nanoTime());
        Map<String, Set<String>> ceIdsBySubject = events.stream().collect(Collectors.groupingBy(Broker.Event::subject,
                Collectors.mapping(Broker.Event::id, Collectors.toSet())));
        long distinctCeIds = events.stream().map(Broker.Event::id).distinct().count();
        long withoutEvent = ids.stream().filter(id -> !ceIdsBySubject.containsKey(id)).count();
        long withTwoEvents = ceIdsBySubject.values().stream().filter(s -> s.size() > 1).count();
        long notReady = polls.stream().filter(p -> p.status() != 200).count();
        Map<String, Long> pollsByTarget = polls.stream().collect(Collectors.groupingBy(Readiness.Poll::target, LinkedHashMap::new, Collectors.counting()));
        long slowest = polls.stream().mapToLong(Readiness.Poll::millis).max().orElse(0);

        System.out.printf("[fault] broker down %.1f s: %d writes (%d while it was down), %d acknowledged, %d failed %s; %d inspections held, %d keys wrong; "
                        + "%d events (%d distinct ce_id, %d redelivered with the same ce_id) read in %.1f s after it returned, %d writes without an event, "
                        + "%d with two; readiness %d polls %s, %d not 200, slowest %d ms%n",
                seconds(down, up), all.size(), duringOutage, acked.size(), all.size() - acked.size(), WriteLoad.byKind(all), effects.held(),
                effects.wrong().size(), events.size(), distinctCeIds, events.size() - distinctCeIds, eventsSeconds, withoutEvent, withTwoEvents,
                polls.size(), pollsByTarget, notReady, slowest);
        polls.stream().filter(p -> p.status() != 200).limit(10).forEach(p -> System.out.printf("[fault]   not ready: %s%n", p));

        assertTrue(seconds(down, up) >= 30, "the broker was down at least 30 s");
        assertTrue(duringOutage >= 500, "at least 500 writes while the broker was down: " + duringOutage);
        assertEquals(all.size(), acked.size(), "a broker outage fails no write (the outbox absorbs it): " + WriteLoad.byKind(all));
        effects.assertExactlyTheAcknowledged(acked.size());
        assertEquals(0, withoutEvent, "every acknowledged write's event arrives after the broker returns");
        assertEquals(0, withTwoEvents, "one event (one ce_id) per write");
        assertEquals(0, notReady, "readiness stays 200 (within 2 s) throughout the broker outage");
    }

    /** PostgreSQL stopped or frozen under writes: only 503 with Retry-After, nothing hangs, recovery by itself, every acknowledged write kept. */
    private void postgresOutage(String label, String begin, String end, Duration outage, String code) throws Exception {
        String cp = checkpoint(code);
        Map<String, Long> pids = servicePids();
        WriteLoad load = new WriteLoad(suite, cp).start(8, 3); // about 24 writes a second, at most 8 waiting at once
        Thread.sleep(1000);
        suite.infra(begin);
        long down = System.nanoTime(), up;
        try {
            Thread.sleep(outage.toMillis());
        } finally {
            suite.infra(end);
            up = System.nanoTime();
        }
        long recovered = firstAcknowledgedAfter(load, up);
        Thread.sleep(1000);
        List<Attempt> all = load.stop();
        Map<String, String> acked = acknowledged(all);
        List<Attempt> other = all.stream().filter(a -> !a.acknowledged() && !a.unavailableWithRetryAfter()).toList();
        long refused = WriteLoad.count(all, Attempt::unavailableWithRetryAfter);
        double longest = all.stream().mapToDouble(Attempt::seconds).max().orElse(0);
        Effects before = effects(cp, acked);
        // a 503 whose write was being committed when PostgreSQL stopped answering may have been made (the answer says
        // so): the one way to tell is the client's retry with the same key, which must then replay it, never make it twice
        Map<String, String> finalIds = new LinkedHashMap<>(acked);
        Retried retried = retryUntilAcknowledged(load, all.stream().filter(a -> !a.acknowledged()).toList(), finalIds);
        Effects effects = effects(cp, finalIds);

        System.out.printf("[fault] postgres %s %.1f s: %d writes (%d while it was %s), %d acknowledged, %d x 503 with Retry-After, %d other %s; "
                        + "longest answer %.1f s; first write acknowledged %.1f s after it was back, no restart; "
                        + "%d acknowledged keys lost or twice; the %d refused retried with the same Idempotency-Key: "
                        + "%d made now, %d replayed (committed as PostgreSQL stopped); %d inspections held for %d keys, %d keys wrong (lost or twice)%n",
                label, seconds(down, up), all.size(), WriteLoad.count(all, a -> a.startedWithin(down, up)), label, acked.size(), refused,
                other.size(), WriteLoad.byKind(all), longest, seconds(up, recovered), before.lostOrTwice().size(),
                retried.created() + retried.replayed(), retried.created(), retried.replayed(), effects.held(), finalIds.size(), effects.wrong().size());

        assertTrue(other.isEmpty(), "only 503 with Retry-After while PostgreSQL is " + label + ": " + WriteLoad.byKind(all));
        assertTrue(refused > 0, "the outage was felt: some writes were refused");
        assertTrue(longest <= LONGEST_ANSWER.toSeconds(), "no answer took longer than the gateway's timeout: " + longest + " s");
        assertEquals(pids, servicePids(), "recovered without a restart");
        // every acknowledged write present once under its id, whatever the refused ones did
        assertTrue(before.lostOrTwice().isEmpty(), "acknowledged writes lost or doubled: " + before.lostOrTwice());
        effects.assertExactlyTheAcknowledged(finalIds.size()); // and after the retries: every key exactly once
    }

    @Test
    @Order(2)
    void postgresStoppedForTenSecondsUnderWrites() throws Exception {
        postgresOutage("stopped", "pg-stop", "pg-start", Duration.ofSeconds(10), "FAULT-PG-STOP");
    }

    /**
     * Frozen a little longer than the gateway's upstream timeout (10 s): a request that just waits for the database
     * would then end as the gateway's 504, so only a service that gives up by itself and answers 503 passes.
     */
    @Test
    @Order(3)
    void postgresFrozenForTwelveSecondsUnderWrites() throws Exception {
        postgresOutage("frozen", "pg-freeze", "pg-thaw", Duration.ofSeconds(12), "FAULT-PG-FREEZE");
    }

    @Test
    @Order(4)
    void aServiceKilledWithMinus9UnderWritesLosesNoAcknowledgedWriteAndRetriesCreateNothingTwice() throws Exception {
        String cp = checkpoint("FAULT-KILL");
        long pidBefore = suite.pid("checkpoint");
        WriteLoad load = new WriteLoad(suite, cp).start(4, 5); // about 20 writes a second
        Thread.sleep(2000);
        long killed = System.nanoTime();
        suite.kill("checkpoint");
        long back;
        try {
            Thread.sleep(500); // writes meet the dead service
        } finally {
            suite.start("checkpoint");
            back = System.nanoTime();
        }
        long recovered = firstAcknowledgedAfter(load, back);
        Thread.sleep(1000);
        List<Attempt> all = load.stop();
        assertNotEquals(pidBefore, suite.pid("checkpoint"), "a new process");
        Map<String, String> acked = acknowledged(all);
        List<Attempt> unanswered = all.stream().filter(a -> !a.acknowledged()).toList();
        List<Attempt> unexpected = unanswered.stream().filter(a -> a.status() != 0 && a.status() < 502).toList();

        Map<String, String> finalIds = new LinkedHashMap<>(acked);
        Retried retried = retryUntilAcknowledged(load, unanswered, finalIds);
        // and a sample of the acknowledged ones, as a client that never saw its answer would: the same answer, no second effect
        List<Attempt> sample = all.stream().filter(Attempt::acknowledged).filter(a -> a.startNanos() > killed - Duration.ofSeconds(2).toNanos()).limit(30).toList();
        int same = 0;
        for (Attempt a : sample) {
            Attempt r = load.send(a.key(), a.body());
            if (r.acknowledged() && r.replayed() && a.id().equals(r.id())) same++;
        }
        Effects effects = effects(cp, finalIds);

        System.out.printf("[fault] checkpoint killed -9 under writes, ready again %.1f s later (first write acknowledged %.1f s after): %d writes, "
                        + "%d acknowledged, %d not %s; retried with the same Idempotency-Key: %d acknowledged (%d replayed: done before the kill, %d done now); "
                        + "%d acknowledged re-sent: %d the same id; %d inspections held for %d keys, %d keys wrong (lost or twice)%n",
                seconds(killed, back), seconds(back, recovered), all.size(), acked.size(), unanswered.size(), WriteLoad.byKind(unanswered),
                retried.replayed() + retried.created(), retried.replayed(), retried.created(), sample.size(), same, effects.held(), finalIds.size(), effects.wrong().size());

        assertTrue(unexpected.isEmpty(), "a dead service gives 502/503/504 or no answer, nothing else: " + WriteLoad.byKind(unexpected));
        assertTrue(!unanswered.isEmpty(), "the kill was felt: some writes were not acknowledged");
        assertEquals(sample.size(), same, "re-sending an acknowledged write replays its answer");
        effects.assertExactlyTheAcknowledged(finalIds.size());
    }

    @Test
    @Order(5)
    void theGatewayLoggedNoUncaughtExceptionThroughTheFaults() throws Exception {
        List<String> uncaught = Files.readAllLines(suite.dir.resolve("logs").resolve("gateway.log")).stream()
                // the same filter as the gateway module's own fault test: any ERROR line counts
                .filter(l -> l.contains(" ERROR ") || l.contains("Uncaught exception") || l.contains("Unhandled exception")
                        || l.contains("Request already complete") || l.contains("Response has already been written")
                        || l.contains("Failed to mark a promise"))
                .toList();
        System.out.printf("[fault] gateway log: %d errors or uncaught exceptions%n", uncaught.size());
        assertTrue(uncaught.isEmpty(), "the gateway logged: " + uncaught.stream().limit(5).toList());
    }
}
