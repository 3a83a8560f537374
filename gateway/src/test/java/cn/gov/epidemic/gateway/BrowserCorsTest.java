package cn.gov.epidemic.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 10 point 4: CORS in a real browser. A page served from the allowed origin (http://127.0.0.1:corsPort) calls
 * the API with {@code fetch} and an API key and reads its data and the exposed headers; the same page from another
 * origin is blocked. Each page reports its outcome back to the server that served it. Needs Debian's chromium.
 */
@QuarkusTest
class BrowserCorsTest {

    private static final String ALLOWED = "http://127.0.0.1:" + GatewayTestEnvironment.corsPort;

    @Test
    void aPreflightIsAnsweredBeforeAuthentication() {
        RestAssured.given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type,idempotency-key")
                .options("/api/v1/supplies/items").then().statusCode(204)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        Response foreign = RestAssured.given().header("Origin", "http://127.0.0.1:1").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/supplies/items");
        foreign.then().statusCode(403).contentType("application/problem+json").header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answersToTheAllowedOriginExposeWhatAClientNeeds() {
        RestAssured.given().header("Origin", ALLOWED).header("X-API-Key", GatewayTestEnvironment.ADMIN_KEY).get("/api/v1/supplies/items")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
        // the gateway's own pages (the docs page trying an operation) are same-origin, whatever the allowed list
        String self = "http://localhost:" + RestAssured.port;
        RestAssured.given().header("Origin", self).header("X-API-Key", GatewayTestEnvironment.ADMIN_KEY).get("/api/v1/supplies/items")
                .then().statusCode(200);
        // a refusal is readable by the page too
        RestAssured.given().header("Origin", ALLOWED).get("/api/v1/supplies/items").then().statusCode(401)
                .header("Access-Control-Allow-Origin", ALLOWED).body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
    }

    @Test
    void aPageOfTheAllowedOriginGetsItsDataAndTheSamePageElsewhereIsBlocked() throws Exception {
        String chromium = chromium();
        String allowed = visit(chromium, GatewayTestEnvironment.corsPort);
        int otherPort = GatewayTestEnvironment.freePort();
        String other = visit(chromium, otherPort);
        System.out.printf("[test] chromium, page of %s: %s%n[test] chromium, page of http://127.0.0.1:%d: %s%n", ALLOWED, allowed, otherPort, other);
        assertTrue(allowed.contains("\"ok\":true") && allowed.contains("\"status\":200"), allowed);
        assertTrue(allowed.contains("\"uri\":\"/api/v1/supplies/items\""), "the page read the API's data: " + allowed);
        assertTrue(allowed.matches(".*\"requestId\":\"[0-9a-f-]{36}\".*") && allowed.contains("\"etag\":\"\\\"7\\\"\"")
                && allowed.contains("\"remaining\":\""), "the exposed headers are readable: " + allowed);
        assertTrue(other.contains("\"ok\":false") && other.contains("Failed to fetch"), "another origin is blocked: " + other);
    }

    static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) return Path.of(dir, name).toString();
            }
        }
        fail("No chromium found on PATH: this test drives a real headless browser. Install it with `apt-get install -y chromium` "
                + "(Debian; .ci/run does so when it is missing).");
        return null;
    }

    /** Serves the page on 127.0.0.1:port, opens it in headless chromium and returns what the page reported. */
    private static String visit(String chromium, int port) throws Exception {
        String gateway = "http://127.0.0.1:" + RestAssured.port;
        String page = """
                <!doctype html><html><body><script>
                fetch('%s/api/v1/supplies/items', {headers: {'X-API-Key': '%s'}})
                  .then(async r => ({ok: true, status: r.status, requestId: r.headers.get('X-Request-Id'), etag: r.headers.get('ETag'),
                                     remaining: r.headers.get('RateLimit-Remaining'), body: await r.json()}))
                  .catch(e => ({ok: false, error: String(e)}))
                  .then(result => fetch('/result', {method: 'POST', body: JSON.stringify(result)}));
                </script></body></html>""".formatted(gateway, GatewayTestEnvironment.ADMIN_KEY);
        CompletableFuture<String> result = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", ex -> {
            byte[] out;
            if (ex.getRequestMethod().equals("POST") && ex.getRequestURI().getPath().equals("/result")) {
                result.complete(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                out = new byte[0];
            } else {
                out = page.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            }
            ex.sendResponseHeaders(200, out.length == 0 ? -1 : out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        Path profile = Files.createTempDirectory("chromium-profile-");
        Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile, "http://127.0.0.1:" + port + "/page")
                .redirectErrorStream(true).redirectOutput(Path.of("target", "chromium-" + port + ".log").toFile()).start();
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the page on port " + port + " reported nothing within 60 s (chromium alive: " + browser.isAlive() + ")", e);
        } finally {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
            browser.waitFor(10, TimeUnit.SECONDS);
            server.stop(0);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
