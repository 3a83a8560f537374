package cn.gov.epidemic.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A steady stream of creating POSTs through the gateway, as client systems would send them during a fault: a few
 * threads, each at a fixed pace, every request with its own Idempotency-Key, every answer recorded (status,
 * Retry-After, the id created, how long it took) so that the fault test can classify them and check the effects.
 * The requests are inspections at one checkpoint of the test's own, each carrying its key in its note, so that what
 * the service holds can be matched to what it acknowledged.
 */
final class WriteLoad {

    /** The client's own limit on one request: well beyond the gateway's upstream timeout (10 s), so a hang shows. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request and its answer; status 0 when no HTTP answer came (connection failed or the client timed out). */
    record Attempt(String key, String body, long startNanos, long endNanos, int status, String retryAfter, String contentType,
                   String id, boolean replayed, String problemType, String error) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        boolean unavailableWithRetryAfter() {
            return status == 503 && retryAfter != null && !retryAfter.isBlank();
        }

        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }

        boolean startedWithin(long fromNanos, long toNanos) {
            return startNanos >= fromNanos && startNanos <= toNanos;
        }
    }

    private final Suite suite;
    private final String checkpointId;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();
    private volatile boolean running;

    WriteLoad(Suite suite, String checkpointId) {
        this.suite = suite;
        this.checkpointId = checkpointId;
    }

    /** Starts {@code clients} client threads, each sending one request every {@code 1000 / perSecond} ms (or as soon as its last one is answered). */
    WriteLoad start(int clients, int perSecond) {
        running = true;
        long period = 1_000_000_000L / perSecond;
        for (int t = 0; t < clients; t++) {
            Thread th = new Thread(() -> {
                long next = System.nanoTime();
                while (running) {
                    String key = UUID.randomUUID().toString();
                    attempts.add(send(key, body(key)));
                    next = Math.max(next + period, System.nanoTime()); // behind after a slow answer: no burst to catch up
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }, "write-load-" + t);
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        return this;
    }

    /** Stops the clients, waiting for the answers of the requests under way. */
    List<Attempt> stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) t.join(CLIENT_TIMEOUT.toMillis() + 5_000);
        return List.copyOf(attempts);
    }

    List<Attempt> soFar() {
        return List.copyOf(attempts);
    }

    private String body(String key) {
        int n = seq.incrementAndGet();
        // a plate of the test's own (蒙Z + 5 digits) and a temperature below the fever threshold: no referral, no flow
        return "{\"checkpointId\":\"" + checkpointId + "\",\"plate\":\"蒙Z" + String.format("%05d", n % 100_000)
                + "\",\"vehicleKind\":\"PRIVATE_CAR\",\"origin\":\"fault test\",\"occupants\":[{\"role\":\"DRIVER\",\"name\":\"测试\",\"temperature\":36.5}],"
                + "\"note\":\"" + key + "\"}";
    }

    /** Sends one write (again, for a retry: the same key and body). */
    Attempt send(String key, String body) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(suite.gateway + "/api/v1/checkpoints/inspections"))
                .timeout(CLIENT_TIMEOUT).header("X-API-Key", suite.apiKey).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Accept-Language", "en").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            String id = null, type = null;
            try {
                JsonNode json = JSON.readTree(r.body());
                id = r.statusCode() < 300 ? json.path("id").asText(null) : null;
                type = r.statusCode() >= 400 ? json.path("type").asText(null) : null;
            } catch (IOException notJson) {
                type = "(not JSON)";
            }
            return new Attempt(key, body, t0, System.nanoTime(), r.statusCode(), r.headers().firstValue("Retry-After").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(null), id,
                    r.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false), type, null);
        } catch (HttpTimeoutException e) {
            return new Attempt(key, body, t0, System.nanoTime(), 0, null, null, null, false, null, "client timeout after " + CLIENT_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            return new Attempt(key, body, t0, System.nanoTime(), 0, null, null, null, false, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(key, body, t0, System.nanoTime(), 0, null, null, null, false, null, "interrupted");
        }
    }

    /** Counts of the answers by kind ("201", "503 with Retry-After", "503 without Retry-After", "no answer: ..."). */
    static Map<String, Integer> byKind(List<Attempt> attempts) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            String kind = a.status() == 0 ? "no answer (" + a.error() + ")"
                    : a.status() == 503 ? (a.unavailableWithRetryAfter() ? "503 with Retry-After" : "503 without Retry-After")
                    : a.status() >= 400 ? a.status() + " " + a.problemType() : String.valueOf(a.status());
            kinds.merge(kind, 1, Integer::sum);
        }
        return kinds;
    }

    static long count(List<Attempt> attempts, Predicate<Attempt> p) {
        return attempts.stream().filter(p).count();
    }
}
