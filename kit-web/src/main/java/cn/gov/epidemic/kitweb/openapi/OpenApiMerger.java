package cn.gov.epidemic.kitweb.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the services' OpenAPI documents into the one document of the suite: every path (the prefixes do not
 * overlap), every component; a component that two services define differently is renamed with the service's name
 * as prefix (and every reference to it rewritten), one defined identically is kept once. The services' own
 * security schemes are replaced by the gateway's (API key header, bearer token), and the server is the gateway.
 * Plain Jackson, no Quarkus: the build's catalogue writes the merged document with it, and the gateway merges the
 * live documents with it.
 */
public final class OpenApiMerger {

    private static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Each service's catalogue of problem types (kit-web ProblemCatalogue.EXTENSION), merged by slug. */
    public static final String PROBLEM_TYPES = "x-problem-types";

    private OpenApiMerger() {
    }

    /** One service's document, with the name used to prefix its clashing components (e.g. "Personnel"). */
    public record Source(String name, JsonNode document) {
    }

    public static ObjectNode merge(List<Source> sources, String serverUrl, String apiKeyHeader) {
        return merge(sources, serverUrl, apiKeyHeader, true);
    }

    /**
     * As {@link #merge(List, String, String)}; {@code dropUnused} false keeps the schemas no operation refers to
     * (event data only, such as StaffingChange), under the same names: the event catalogue (module catalogue).
     */
    public static ObjectNode merge(List<Source> sources, String serverUrl, String apiKeyHeader, boolean dropUnused) {
        ObjectNode out = F.objectNode();
        // the services' version (SmallRye OpenAPI writes 3.1: JSON Schema 2020-12 schemas with "examples")
        out.put("openapi", sources.isEmpty() ? "3.1.0" : sources.get(0).document().path("openapi").asText("3.1.0"));
        ObjectNode info = out.putObject("info");
        info.put("title", "Epidemic-response services suite API");
        info.put("version", "1.0.0");
        info.put("description", "The single entry of the epidemic-response services suite: personnel deployment, imported medical supplies and "
                + "road traffic checkpoints. Authenticate with an API key (header " + apiKeyHeader + ") or a bearer token of the government "
                + "identity provider. Errors are application/problem+json (RFC 9457). Creating POSTs accept Idempotency-Key; updates accept "
                + "If-Match; lists are paged (page, size, sort). Every response carries X-Request-Id and the RateLimit headers.\n\n"
                + "Problems are answered in the language of Accept-Language: Simplified Chinese by default, English for en (Content-Language says which). "
                + "Every problem type has a page at its type URI; [the list of every problem type](/problems) (x-problem-types in this document).\n\n"
                + "Every change is also published as an event on Kafka: [the event catalogue](/docs/events) (AsyncAPI: /asyncapi).\n\n"
                + "统一入口，涵盖人员部署、进口医疗物资和道路交通卡口。错误以 application/problem+json（RFC 9457）返回，"
                + "按 Accept-Language 选择语言：默认简体中文，en 为英文（Content-Language 标明所用语言）。"
                + "每种问题类型在其类型 URI 处有说明页面：[全部问题类型](/problems)。"
                + "每项变更也作为事件发布到 Kafka：[事件目录](/docs/events)（AsyncAPI：/asyncapi）。");
        info.putObject("contact").put("name", "Epidemic-response services suite operations").put("email", "api@epidemic.gov.cn");
        out.putArray("servers").add(server(serverUrl, BUILD_SERVER));
        ArrayNode security = out.putArray("security");
        security.addObject().putArray("apiKey");
        security.addObject().putArray("bearer");
        ArrayNode tags = out.putArray("tags");
        ObjectNode paths = out.putObject("paths");
        ObjectNode components = out.putObject("components");
        Map<String, String> tagSeen = new LinkedHashMap<>();
        Map<String, ObjectNode> problemTypes = new LinkedHashMap<>(); // slug -> entry, with the services that raise it

        for (Source s : sources) {
            JsonNode doc = s.document().deepCopy();
            Map<String, String> renames = new HashMap<>(); // "#/components/schemas/X" -> "#/components/schemas/PersonnelX"
            for (String kind : COMPONENT_KINDS) {
                JsonNode mine = doc.path("components").path(kind);
                ObjectNode target = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
                for (Iterator<Map.Entry<String, JsonNode>> it = mine.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode existing = target.get(e.getKey());
                    if (existing != null && !existing.equals(e.getValue())) {
                        renames.put("#/components/" + kind + "/" + e.getKey(), "#/components/" + kind + "/" + prefix(s.name()) + e.getKey());
                    }
                }
            }
            rewriteRefs(doc, renames);
            for (String kind : COMPONENT_KINDS) {
                JsonNode mine = doc.path("components").path(kind);
                ObjectNode target = (ObjectNode) components.get(kind);
                for (Iterator<Map.Entry<String, JsonNode>> it = mine.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String ref = "#/components/" + kind + "/" + e.getKey();
                    String name = renames.containsKey(ref) ? renames.get(ref).substring(ref.length() - e.getKey().length()) : e.getKey();
                    target.set(name, e.getValue());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                ObjectNode item = (ObjectNode) e.getValue();
                item.fields().forEachRemaining(op -> {
                    if (op.getValue() instanceof ObjectNode o) {
                        o.remove("security"); // the document-wide requirement applies
                        ObjectNode responses = o.has("responses") ? (ObjectNode) o.get("responses") : o.putObject("responses");
                        if (!responses.has("429")) responses.set("429", F.objectNode().put("$ref", "#/components/responses/Problem429"));
                        if (!responses.has("503")) responses.set("503", F.objectNode().put("$ref", "#/components/responses/Problem503"));
                    }
                });
                paths.set(e.getKey(), item);
            }
            for (JsonNode t : doc.path(PROBLEM_TYPES)) {
                ObjectNode entry = problemTypes.computeIfAbsent(t.path("slug").asText(), k -> {
                    ObjectNode e = ((ObjectNode) t).deepCopy();
                    e.putArray("services");
                    return e;
                });
                ((ArrayNode) entry.get("services")).add(s.name());
            }
            for (JsonNode t : doc.path("tags")) {
                String name = t.path("name").asText();
                if (tagSeen.putIfAbsent(name, s.name()) == null) tags.add(t);
            }
        }
        ArrayNode types = out.putArray(PROBLEM_TYPES);
        problemTypes.values().forEach(types::add);
        if (dropUnused) dropUnusedSchemas(out);
        for (String kind : COMPONENT_KINDS) {
            if (components.has(kind) && components.get(kind).isEmpty()) components.remove(kind);
        }
        ObjectNode responses = components.has("responses") ? (ObjectNode) components.get("responses") : components.putObject("responses");
        responses.set("Problem429", problemResponse("Too many requests: the client's rate limit is spent; see Retry-After and RateLimit-* headers."));
        responses.set("Problem503", problemResponse("The service behind the gateway is unavailable or failing; retry after Retry-After seconds."));
        GatewayContract.declare(out);
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", apiKeyHeader)
                .put("description", "The API key issued to a client system (kept by the gateway only as its SHA-256; two may be valid "
                        + "during a rotation). Send it over HTTPS only.");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A token of the government identity provider (OIDC), checked as RFC8725 (JSON Web Token Best Current "
                        + "Practices) asks: the signature against the provider's published keys (JWKS; an unsigned token, alg none, is "
                        + "refused), the issuer, a subject, the expiry and the time of issue (at most gateway.oidc.max-token-age, 1 hour, "
                        + "old, and not issued in the future beyond 30 s of clock skew); roles in the groups claim. The services behind "
                        + "the gateway accept only the gateway's own RS256 tokens, living 60 s.");
        return out;
    }

    /** The description of the build-time document's server (its URL is the production gateway's public one). */
    static final String BUILD_SERVER = "The gateway in production, at its public URL (GATEWAY_PUBLIC_URL). A running gateway serves this "
            + "document at /openapi naming its own address here (local: ./run.sh serves http://127.0.0.1:8080).";

    /** The live document's server: the gateway that served it, at the address its caller used. */
    public static final String LIVE_SERVER = "This gateway (production, staging or a local ./run.sh alike): its public URL "
            + "(GATEWAY_PUBLIC_URL), or, when none is set, the address this document was requested at.";

    /** A {@code servers} entry: public (x-internal false, OWASP API9 inventory), with its environment described. */
    public static ObjectNode server(String url, String description) {
        return F.objectNode().put("url", url).put("description", description).put("x-internal", false);
    }

    /** Schemas nothing refers to (a generic type's raw form, say) are noise for integrators: dropped until none is left. */
    private static void dropUnusedSchemas(ObjectNode doc) {
        JsonNode schemas = doc.path("components").path("schemas");
        if (!(schemas instanceof ObjectNode all)) return;
        boolean removed = true;
        while (removed) {
            removed = false;
            java.util.Set<String> refs = new java.util.HashSet<>();
            collectRefs(doc, refs);
            for (String name : List.copyOf(iterable(all.fieldNames()))) {
                if (!refs.contains("#/components/schemas/" + name)) {
                    all.remove(name);
                    removed = true;
                }
            }
        }
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static void collectRefs(JsonNode node, java.util.Set<String> refs) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual()) refs.add(ref.asText());
            o.elements().forEachRemaining(c -> collectRefs(c, refs));
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(c -> collectRefs(c, refs));
        }
    }

    private static ObjectNode problemResponse(String description) {
        ObjectNode r = F.objectNode();
        r.put("description", description);
        r.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
        return r;
    }

    /** The prefix of a source's renamed components: "checkpoints" gives CheckpointsReferral. */
    public static String prefix(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) return;
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) o.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            o.elements().forEachRemaining(c -> rewriteRefs(c, renames));
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(c -> rewriteRefs(c, renames));
        }
    }
}
