package cn.gov.epidemic.gateway.openapi;

import cn.gov.epidemic.kitweb.openapi.OpenApiMerger;
import cn.gov.epidemic.gateway.config.GatewayConfig;
import cn.gov.epidemic.gateway.proxy.ProxyRoute;
import cn.gov.epidemic.gateway.proxy.PublicAddress;
import io.vertx.core.http.HttpServerRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged document, built from each service's live {@code /q/openapi}; rebuilt at most every 30 seconds, and a
 * service that is down keeps its last known part, so the document never loses paths while one service restarts.
 */
@ApplicationScoped
public class SuiteOpenApi {

    private static final Logger LOG = Logger.getLogger(SuiteOpenApi.class);

    @Inject
    GatewayConfig config;
    @Inject
    ProxyRoute proxy;
    @Inject
    ObjectMapper mapper;
    @Inject
    PublicAddress address;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, JsonNode> lastKnown = new LinkedHashMap<>();
    private volatile ObjectNode merged;
    private volatile long builtAt;

    /** The document as {@code req}'s caller should read it: {@code servers} names the gateway's address for that caller. */
    public ObjectNode document(HttpServerRequest req) {
        ObjectNode doc = document().deepCopy();
        doc.putArray("servers").add(OpenApiMerger.server(address.of(req), OpenApiMerger.LIVE_SERVER));
        return doc;
    }

    public String yaml(HttpServerRequest req) throws Exception {
        return new YAMLMapper().writeValueAsString(document(req));
    }

    /** The merged document; its {@code servers} is a placeholder that {@link #document(HttpServerRequest)} replaces. */
    public synchronized ObjectNode document() {
        if (merged == null || System.currentTimeMillis() - builtAt > 30_000) {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            for (String[] r : proxy.routes()) {
                try {
                    HttpResponse<String> resp = client.send(HttpRequest.newBuilder(URI.create(r[2] + "/q/openapi?format=json"))
                            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                    if (resp.statusCode() == 200) lastKnown.put(r[0], mapper.readTree(resp.body()));
                } catch (Exception e) {
                    LOG.warnf("OpenAPI document of %s unavailable (%s); using the last one known", r[0], e.getMessage());
                }
                if (lastKnown.containsKey(r[0])) sources.add(new OpenApiMerger.Source(r[0], lastKnown.get(r[0])));
            }
            merged = OpenApiMerger.merge(sources, config.publicUrl().orElse("/"), ProxyRoute.API_KEY_HEADER);
            builtAt = System.currentTimeMillis();
        }
        return merged;
    }

}
