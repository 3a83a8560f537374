package cn.gov.epidemic.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client with a valid API key can try on the gateway of the running suite (issue 10, points 1 and 2): a storm
 * of oversized chunked bodies must be refused by the gateway itself without opening the service's breaker, and no
 * spelling of a path that climbs out of its route's prefix may reach a service's own {@code /q/} endpoints.
 * Runs after the scenario and the demo data's figures (class order), and writes nothing.
 */
@Order(4)
class GatewayAbuseTest {

    static Suite suite;

    @BeforeAll
    static void suite() {
        suite = Suite.get();
    }

    @Test
    void twentyConcurrentTenMebibyteChunkedBodiesAreRefusedWith413AndTheServiceStaysAvailable() throws Exception {
        int port = suite.ports.get("gateway");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<RawHttp.Answer>> sent = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < 20; i++) {
                sent.add(pool.submit(() -> RawHttp.chunkedPost(port, "/api/v1/checkpoints/inspections", suite.apiKey,
                        UUID.randomUUID().toString(), 10L * 1024 * 1024)));
            }
            Map<String, Integer> answers = new LinkedHashMap<>();
            int problems = 0;
            for (Future<RawHttp.Answer> f : sent) {
                RawHttp.Answer a = f.get();
                answers.merge(a.status() == 0 ? "no answer (" + a.error() + ")" : String.valueOf(a.status()), 1, Integer::sum);
                if (a.status() == 413 && String.valueOf(a.header("content-type")).startsWith("application/problem+json")) problems++;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            // right after the storm, before any breaker could have closed again: the same service answers
            int after = suite.api().get("/api/v1/checkpoints?size=1").then().extract().statusCode();
            System.out.printf("[fault] chunked-body storm: 20 concurrent 10 MiB chunked bodies in %.1f s -> %s (%d problem+json); then GET checkpoints -> %d%n",
                    seconds, answers, problems, after);
            assertEquals(Map.of("413", 20), answers, "every oversized body refused with 413");
            assertEquals(20, problems, "each 413 is a problem+json");
            assertEquals(200, after, "the service is still served: a caller's oversized bodies do not open its breaker");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The ways of writing "../../../q/X" after a route's prefix: as is, percent-encoded dots, encoded slashes, backslashes. */
    static List<String> climbs(String prefix, String target) {
        return List.of(
                prefix + "/../../../" + target,
                prefix + "/%2e%2e/%2e%2e/%2e%2e/" + target,
                prefix + "/%2E%2E/%2E%2E/%2E%2E/" + target,
                prefix + "/.%2e/%2e./.%2e/" + target,
                prefix + "/..%2f..%2f..%2f" + target,
                prefix + "/..%2F..%2F..%2F" + target.replace("/", "%2F"),
                prefix + "%2f..%2f..%2f..%2f" + target,
                prefix + "/..\\..\\..\\" + target.replace("/", "\\"),
                prefix + "/..%5c..%5c..%5c" + target,
                prefix + "/./../../../" + target,
                prefix + "/inspections/../../../../" + target,
                prefix + "/%2e%2e%2f%2e%2e%2f%2e%2e%2f" + target);
    }

    /** A success, or what a metrics, health, OpenAPI or Swagger UI page looks like (a problem's detail may echo the path). */
    private static boolean isQPage(RawHttp.Answer a) {
        String b = a.body();
        return (a.status() >= 200 && a.status() < 300) || b.contains("# HELP") || b.contains("# TYPE") || b.contains("\"checks\"")
                || b.contains("openapi: ") || b.contains("<html");
    }

    @Test
    void noSpellingOfADotSegmentPathReachesAServicesQPages() {
        int port = suite.ports.get("gateway");
        Map<String, Integer> answers = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        int sent = 0, pages = 0;
        for (String prefix : List.of("/api/v1/checkpoints", "/api/v1/personnel", "/api/v1/supplies")) {
            for (String target : List.of("q/metrics", "q/health", "q/openapi", "q/swagger-ui/")) {
                for (String path : climbs(prefix, target)) {
                    RawHttp.Answer a = RawHttp.get(port, path, suite.apiKey);
                    sent++;
                    answers.merge(a.status() == 0 ? "no answer" : String.valueOf(a.status()), 1, Integer::sum);
                    boolean page = isQPage(a);
                    boolean problem = String.valueOf(a.header("content-type")).startsWith("application/problem+json");
                    if (page) pages++;
                    if (a.status() != 400 || !problem || page) {
                        wrong.add(path + " -> " + a.status() + " " + a.header("content-type") + (page ? " (a /q/ page)" : ""));
                    }
                }
            }
        }
        // double encoding is not a dot segment after one decoding: whatever it answers, never a /q/ page
        RawHttp.Answer doubled = RawHttp.get(port, "/api/v1/checkpoints/%252e%252e/%252e%252e/%252e%252e/q/metrics", suite.apiKey);
        boolean doubledPage = isQPage(doubled);
        System.out.printf("[fault] path variants: %d requests climbing out of a route's prefix (%d spellings x 4 /q/ pages x 3 routes) -> %s, "
                        + "%d not a 400 problem, %d a /q/ page; double-encoded -> %d%n",
                sent, climbs("", "").size(), answers, wrong.size(), pages, doubled.status());
        assertTrue(wrong.isEmpty(), wrong.size() + " answers other than a 400 problem, e.g. " + wrong.stream().limit(12).toList());
        assertTrue(!doubledPage, "the double-encoded form answered " + doubled.status() + ": " + doubled.body());
    }
}
