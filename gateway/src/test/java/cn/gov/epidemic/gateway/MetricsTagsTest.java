package cn.gov.epidemic.gateway;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10 point 3 (the gateway's part): request metrics are tagged by route and method, never by the raw path. */
@QuarkusTest
class MetricsTagsTest {

    @Inject
    MeterRegistry registry;
    @Inject
    PrometheusMeterRegistry prometheus;

    @Test
    void oneHundredFiftyDistinctApiPathsAddNoPerPathSeries() throws Exception {
        List<String> ids = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // one keep-alive connection
        for (int i = 0; i < 150; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            String path = i % 3 == 0 ? "/api/v1/supplies/items/" + id : i % 3 == 1 ? "/api/v1/supplies/lots/" + id + "/release" : "/api/v1/personnel/people/" + id;
            int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
                    .header("X-API-Key", GatewayTestEnvironment.ADMIN_KEY).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status == 200 || status == 404, path + " -> " + status);
        }
        // refusals before the route: a foreign browser origin (API path or not), a path refused by the normalisation
        for (int i = 0; i < 30; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            String path = i % 3 == 0 ? "/api/v1/supplies/items/" + id : i % 3 == 1 ? "/x-" + id : "/api/v1/supplies/" + id + "/..%2f";
            int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
                    .header("X-API-Key", GatewayTestEnvironment.ADMIN_KEY).header("Origin", "http://portal.elsewhere.example").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status == 403 || status == 400, path + " -> " + status);
        }
        // refused by the kit's request filter, before any route: a body over the limit by its Content-Length
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/supplies/items/" + id))
                    .header("X-API-Key", GatewayTestEnvironment.ADMIN_KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1_100_000])).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(413, status);
        }
        // a made-up method is one more series at most, not one per request
        RestAssured.given().header("X-API-Key", GatewayTestEnvironment.ADMIN_KEY).request("FROB", "/api/v1/supplies/items");
        Set<String> uris = new TreeSet<>();
        Set<String> methods = new TreeSet<>();
        for (Meter m : registry.find("http.server.requests").meters()) uris.add(m.getId().getTag("uri"));
        for (Meter m : registry.find("gateway.requests").meters()) methods.add(m.getId().getTag("method"));
        String text = prometheus.scrape();
        long leaked = ids.stream().filter(text::contains).count();
        System.out.printf("[test] 150 distinct API paths and 35 refused ones: http_server_requests uri tags %s; gateway_requests methods %s; ids in the Prometheus text: %d%n",
                uris, methods, leaked);
        assertEquals(0, leaked, "no raw path in any tag");
        assertTrue(uris.contains("/api/v1/supplies/**") || uris.contains("NOT_FOUND"), uris.toString());
        assertTrue(uris.stream().noneMatch(u -> u.contains("/items/") || u.contains("/people/")), uris.toString());
        assertTrue(uris.stream().filter(u -> u.startsWith("/api/")).allMatch(u -> u.endsWith("/**")), "API paths by route only: " + uris);
        assertTrue(uris.size() < 30, "a few templates, not one per path: " + uris);
        assertTrue(methods.stream().noneMatch(m -> m.equals("FROB")), methods.toString());
        assertTrue(text.contains("gateway_requests_seconds_count{method=\"GET\",route=\"supplies\""), "the gateway's own timer by route, method, status");
    }
}
