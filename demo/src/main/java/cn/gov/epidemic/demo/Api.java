package cn.gov.epidemic.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** JSON over HTTP through the gateway as one client system: its API key, safe retries, problem details as exceptions, a few threads for bulk work. */
final class Api implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final int ATTEMPTS = 6;

    private final HttpClient http;
    private final URI base;
    private final String apiKey;
    private final ExecutorService pool;
    private final boolean ownsPool;

    Api(URI base, String apiKey, int threads) {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build(),
                base, apiKey, Executors.newFixedThreadPool(threads, daemonThreads()), true);
    }

    private Api(HttpClient http, URI base, String apiKey, ExecutorService pool, boolean ownsPool) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
        this.pool = pool;
        this.ownsPool = ownsPool;
    }

    /** The same gateway as another client system (another API key, so another caller for the services' rules). */
    Api as(String otherApiKey) {
        return new Api(http, base, otherApiKey, pool, false);
    }

    JsonNode get(String path) {
        return send("GET", path, null, null);
    }

    /** A creating POST, with a fresh {@code Idempotency-Key}: a retry after a lost answer replays it instead of creating twice. */
    JsonNode create(String path, Object body) {
        return send("POST", path, body, UUID.randomUUID().toString());
    }

    /**
     * A bulk import ({@code path} ends in {@code /imports}) of {@code rows}, in requests of at most {@code chunk} rows sent
     * on the few threads, each with its own Idempotency-Key (a retry replays its report); every row must be created.
     * Answers the report's rows ({@code id}, {@code relatedIds}) in the rows' order.
     */
    List<JsonNode> importAll(String path, List<?> rows, int chunk) {
        List<Callable<JsonNode>> tasks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += chunk) {
            List<?> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            tasks.add(() -> {
                JsonNode report = create(path, part);
                if (report.path("refused").asInt() > 0) {
                    for (JsonNode r : report.path("rows")) {
                        if (!"REFUSED".equals(r.path("status").asText())) continue;
                        throw new IllegalStateException("POST " + path + ": row " + r.path("index").asInt() + " refused: " + r.path("problems"));
                    }
                }
                return report;
            });
        }
        List<JsonNode> created = new ArrayList<>(rows.size());
        for (JsonNode report : all(tasks)) report.path("rows").forEach(created::add);
        return created;
    }

    /** A POST that is an action on an existing resource (approval, departure ...); {@code body} may be null. */
    JsonNode post(String path, Object body) {
        return send("POST", path, body, null);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body, null);
    }

    /** Runs the tasks on the few threads, answers their results in the tasks' order; the first failure stops the rest. */
    <T> List<T> all(List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) futures.add(pool.submit(t));
        List<T> results = new ArrayList<>(tasks.size());
        try {
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            for (Future<T> f : futures) f.cancel(true);
        }
    }

    @Override
    public void close() {
        if (ownsPool) pool.shutdownNow();
    }

    private JsonNode send(String method, String path, Object body, String idempotencyKey) {
        byte[] payload;
        try {
            payload = body == null ? null : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a repeat cannot do a second change: reads, full updates, and creates that carry their Idempotency-Key
        boolean replaySafe = !method.equals("POST") || idempotencyKey != null;
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("X-API-Key", apiKey).header("Accept", "application/json");
            if (idempotencyKey != null) b.header("Idempotency-Key", idempotencyKey);
            if (payload != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(payload));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> r;
            try {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (replaySafe && attempt < ATTEMPTS) {
                    pause(attempt, Optional.empty());
                    continue;
                }
                throw new UncheckedIOException(method + " " + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            int status = r.statusCode();
            if (status / 100 == 2) return parse(r.body());
            // 429 (rate limit) and 503 (circuit open, service not reachable) are answered before the service acts;
            // 502/504 may come after it acted, so only a replay-safe request goes again
            boolean notDone = status == 429 || status == 503;
            boolean unknown = status == 502 || status == 504;
            if (attempt < ATTEMPTS && (notDone || (unknown && replaySafe))) {
                pause(attempt, r.headers().firstValue("Retry-After"));
                continue;
            }
            throw ApiException.of(method, path, status, parse(r.body()));
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) return MissingNode.getInstance();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            // not JSON (an HTML error page from a proxy ...): keep the text for the message
            return JSON.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static void pause(int attempt, Optional<String> retryAfter) {
        long ms = Math.min(5_000, 100L << attempt);
        try {
            if (retryAfter.isPresent()) ms = Math.max(ms, Long.parseLong(retryAfter.get().trim()) * 1000);
        } catch (NumberFormatException ignored) {
            // an HTTP date: the backoff will do
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "demo-loader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ------------------------------------------------------------------ building bodies and URLs

    /** A JSON object from name/value pairs, in order; null values are left out, dates written in ISO 8601. */
    static Map<String, Object> obj(Object... nameValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            if (v == null) continue;
            if (v instanceof OffsetDateTime t) v = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
            else if (v instanceof LocalDate d) v = d.toString();
            m.put((String) nameValues[i], v);
        }
        return m;
    }

    /** A query parameter value, URL-encoded (plates and names are Chinese). */
    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A refused request: the status and the problem+json type and detail the gateway or service answered. */
    static final class ApiException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private ApiException(String message) {
            super(message);
        }

        static ApiException of(String method, String path, int status, JsonNode problem) {
            String type = problem.path("type").asText("");
            String slug = type.substring(type.lastIndexOf('/') + 1);
            StringBuilder m = new StringBuilder(method).append(' ').append(path).append(" → ").append(status);
            if (!slug.isEmpty()) m.append(' ').append(slug);
            if (problem.hasNonNull("detail")) m.append(": ").append(problem.get("detail").asText());
            else if (problem.isTextual()) m.append(": ").append(problem.asText().strip());
            for (JsonNode v : problem.path("violations")) {
                m.append("; ").append(v.path("field").asText()).append(' ').append(v.path("message").asText());
            }
            if (problem.hasNonNull("requestId")) m.append(" (request id ").append(problem.get("requestId").asText()).append(')');
            return new ApiException(m.toString());
        }
    }
}
