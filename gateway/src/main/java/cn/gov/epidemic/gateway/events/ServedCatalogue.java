package cn.gov.epidemic.gateway.events;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The suite's event catalogue as the catalogue module ships it on the classpath ({@code META-INF/epidemic-catalogue/}:
 * the AsyncAPI document and one JSON Schema per event type version), with {@code servers} naming the broker of this
 * deployment ({@code gateway.events.brokers}): the build cannot know it, and a document pointing at a made-up host
 * would send a government system's consumer nowhere.
 */
@ApplicationScoped
public class ServedCatalogue {

    static final String ROOT = "META-INF/epidemic-catalogue/";
    /** The path of a schema below {@code /events/schemas/}: {@code <ce_type>/v<N>.json}; nothing else reaches the classpath. */
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern VERSION = Pattern.compile("v[1-9][0-9]{0,3}\\.json");
    static final String NOT_CONFIGURED = "The broker address of this deployment is not configured on the gateway (gateway.events.brokers):"
            + " ask the suite's operators for it. 本部署的消息代理地址未在网关配置（gateway.events.brokers），请向运维人员索取。";

    @Inject
    GatewayConfig config;
    @Inject
    ObjectMapper mapper;

    private volatile ObjectNode document;
    private final Map<String, Optional<JsonNode>> schemas = new ConcurrentHashMap<>();

    /** The served document: the shipped one with this deployment's {@code servers}. */
    public ObjectNode document() {
        return withBrokers(shipped(), config.events().brokers().orElse(List.of()));
    }

    /** The same as YAML, written as the build writes it (no document marker, no line splitting). */
    public String yaml() throws IOException {
        return yamlMapper().writeValueAsString(document());
    }

    /** The JSON Schema of {@code type} (a ce_type) in version {@code file} ({@code v1.json}), if the catalogue has it. */
    public Optional<JsonNode> schema(String type, String file) {
        if (type == null || file == null || !TYPE.matcher(type).matches() || !VERSION.matcher(file).matches()) return Optional.empty();
        Optional<JsonNode> known = schemas.get(type + "/" + file);
        if (known != null) return known;
        // misses are not remembered: a caller trying made-up names must not fill this map
        JsonNode found = read(ROOT + "schemas/" + type + "/" + file);
        if (found == null) return Optional.empty();
        Optional<JsonNode> it = Optional.of(found);
        schemas.put(type + "/" + file, it); // bounded by the catalogue's own schemas
        return it;
    }

    /**
     * {@code doc} with one Kafka server per broker address ({@code kafka}, {@code kafka-2} ...), or none and the info's
     * description saying so when there is no address: AsyncAPI allows a document without servers, not a wrong one.
     */
    static ObjectNode withBrokers(ObjectNode doc, List<String> brokers) {
        ObjectNode out = doc.deepCopy();
        out.remove("servers");
        List<String> hosts = brokers.stream().map(String::trim).filter(b -> !b.isEmpty()).toList();
        if (hosts.isEmpty()) {
            ObjectNode info = out.get("info") instanceof ObjectNode i ? i : out.putObject("info");
            info.put("description", (info.path("description").asText("") + "\n\n" + NOT_CONFIGURED).strip());
            return out;
        }
        ObjectNode servers = mapper().createObjectNode();
        for (int i = 0; i < hosts.size(); i++) {
            servers.putObject(i == 0 ? "kafka" : "kafka-" + (i + 1)).put("host", hosts.get(i)).put("protocol", "kafka")
                    .put("description", "The suite's Kafka broker" + (hosts.size() > 1 ? " (bootstrap address " + (i + 1) + " of " + hosts.size() + ")" : "")
                            + ", as configured on this gateway (gateway.events.brokers).");
        }
        // servers right after the info, where a reader looks for them
        ObjectNode ordered = mapper().createObjectNode();
        out.fields().forEachRemaining(e -> {
            ordered.set(e.getKey(), e.getValue());
            if (e.getKey().equals("defaultContentType") || (e.getKey().equals("info") && !out.has("defaultContentType"))) ordered.set("servers", servers);
        });
        if (!ordered.has("servers")) ordered.set("servers", servers);
        return ordered;
    }

    private ObjectNode shipped() {
        if (document == null) {
            JsonNode json = read(ROOT + "asyncapi.json");
            if (json == null) {
                try (InputStream in = resource(ROOT + "asyncapi.yaml")) {
                    json = in == null ? null : yamlMapper().readTree(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (!(json instanceof ObjectNode o)) throw new IllegalStateException("no event catalogue on the classpath (" + ROOT + "asyncapi.json)");
            document = o;
        }
        return document;
    }

    private JsonNode read(String path) {
        try (InputStream in = resource(path)) {
            return in == null ? null : (mapper == null ? mapper() : mapper).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper();
    }

    static YAMLMapper yamlMapper() {
        return new YAMLMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build());
    }
}
