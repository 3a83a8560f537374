package cn.gov.epidemic.kitweb.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway adds to every answer, written into the merged document: the rate-limit headers (on every answer
 * to an authenticated client), {@code Retry-After} (429, 503), the CORS {@code Access-Control-Allow-Origin} (to a
 * page of an allowed origin), a 400 on every operation (a refused path or parameter), and the control-character
 * pattern of the free-text strings the kit refuses control characters in.
 */
final class GatewayContract {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** JSON text: the kit refuses C0 controls and DEL in every JSON string, TAB, LF and CR only allowed. */
    static final String JSON_TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";
    /** A query, path or header parameter: no control character at all. */
    static final String PARAMETER_TEXT = "^[^\\u0000-\\u001F\\u007F]*$";

    /** The rate-limit headers every answer after authentication carries (ProxyRoute, RateLimiter). */
    static final Set<String> RATE_LIMIT = Set.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    static final String CORS_ORIGIN = "Access-Control-Allow-Origin";

    private static final Set<String> NOT_SCHEMAS = Set.of("example", "examples", "default", "const", "enum", "x-enum-descriptions");

    private GatewayContract() {
    }

    static void declare(ObjectNode doc) {
        ObjectNode components = (ObjectNode) doc.path("components");
        ObjectNode headers = components.has("headers") ? (ObjectNode) components.get("headers") : components.putObject("headers");
        headers.set("RateLimit-Limit", integerHeader("The client's burst: how many requests it may send at once (a token bucket per "
                + "client, refilled at its rate per second). On every answer to an authenticated client, whatever its status.", 1, 1_000_000));
        headers.set("RateLimit-Remaining", integerHeader("How many requests the client may still send at once.", 0, 1_000_000));
        headers.set("RateLimit-Reset", integerHeader("Seconds until the client's bucket is full again.", 0, 86_400));
        headers.set("Retry-After", integerHeader("Seconds to wait before retrying (a spent rate limit, a service that is down or "
                + "failing).", 1, 86_400));
        ObjectNode origin = headers.putObject(CORS_ORIGIN);
        origin.put("description", "The caller's Origin, when it is one of the gateway's allowed browser origins "
                + "(gateway.cors.origins, exact; never *); absent for other callers, and a page of a foreign origin gets 403.");
        origin.putObject("schema").put("type", "string").put("format", "uri").put("maxLength", 2048);
        if (!headers.has("X-Request-Id")) {
            headers.putObject("X-Request-Id").put("description", "Request id: the caller's X-Request-Id when it matches "
                    + "[A-Za-z0-9._:-]{1,128}, else generated.").putObject("schema").put("type", "string");
        }
        if (headers.get("X-Request-Id") instanceof ObjectNode rid && rid.get("schema") instanceof ObjectNode schema && !schema.has("pattern")) {
            schema.put("pattern", "^[A-Za-z0-9._:-]{1,128}$").put("maxLength", 128);
        }

        JsonNode problem400 = components.path("responses").path("Problem400");
        for (JsonNode item : doc.path("paths")) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = item.fields(); ops.hasNext(); ) {
                if (!(ops.next().getValue() instanceof ObjectNode op) || !(op.get("responses") instanceof ObjectNode responses)) continue;
                // the gateway refuses a bad path (dot segments leaving the route, an encoded slash) of any operation with 400
                if (!problem400.isMissingNode() && !responses.has("400") && !responses.has("4XX")) {
                    responses.set("400", F.objectNode().put("$ref", "#/components/responses/Problem400"));
                }
                responses.fields().forEachRemaining(r -> addHeaders(r.getKey(), r.getValue()));
            }
        }
        components.path("responses").fields().forEachRemaining(r -> addHeaders(r.getKey(), r.getValue()));
        labelEnumParameters(doc);
        restrictText(doc.path("paths"), false);
        restrictText(components, false);
    }

    /**
     * A parameter whose schema is a labelled enum (its {@code x-enum-descriptions}, written by the kit) gets the labels
     * in its own description: the docs page shows a parameter's description, not its schema's, next to the field.
     */
    private static void labelEnumParameters(ObjectNode doc) {
        List<ObjectNode> params = new ArrayList<>();
        doc.path("components").path("parameters").elements().forEachRemaining(p -> params.add((ObjectNode) p));
        doc.path("paths").elements().forEachRemaining(item -> {
            item.path("parameters").elements().forEachRemaining(p -> params.add((ObjectNode) p));
            item.elements().forEachRemaining(op -> op.path("parameters").elements().forEachRemaining(p -> params.add((ObjectNode) p)));
        });
        for (ObjectNode p : params) {
            if (p.has("$ref")) continue;
            JsonNode schema = p.path("schema");
            if (schema.path("type").asText().equals("array")) schema = schema.path("items");
            String ref = schema.path("$ref").asText("");
            JsonNode target = ref.startsWith("#/") ? doc.at(ref.substring(1)) : schema;
            JsonNode values = target.path("enum"), labels = target.path("x-enum-descriptions");
            if (!labels.isArray() || labels.size() != values.size() || labels.isEmpty()) continue;
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < values.size(); i++) list.append(i == 0 ? "" : ", ").append(values.get(i).asText()).append(' ').append(labels.get(i).asText());
            String description = p.path("description").asText("");
            if (!description.contains(list)) p.put("description", (description.isEmpty() ? "" : description + " ") + "Values · 取值: " + list + ".");
        }
    }

    /** A response defined here (not a {@code $ref}: its target gets them) gets the gateway's headers. */
    private static void addHeaders(String status, JsonNode response) {
        if (!(response instanceof ObjectNode r) || r.has("$ref")) return;
        ObjectNode headers = r.has("headers") ? (ObjectNode) r.get("headers") : r.putObject("headers");
        // X-Request-Id: the gateway echoes or generates it on every answer, its own ones (429, 503) included
        for (String h : new String[] {"X-Request-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", CORS_ORIGIN}) {
            if (!headers.has(h)) headers.set(h, ref(h));
        }
        boolean retry = status.equals("429") || status.equals("503") || status.equals("Problem429") || status.equals("Problem503");
        if (retry && !headers.has("Retry-After")) headers.set("Retry-After", ref("Retry-After"));
    }

    /**
     * Every string schema that says nothing of its content (no format, pattern, enum or const) is free text, in which
     * the kit refuses control characters: the pattern says so (parameters: none at all; JSON text: TAB, LF, CR only).
     */
    private static void restrictText(JsonNode node, boolean parameter) {
        if (node instanceof ObjectNode o) {
            boolean inParameter = parameter || o.path("in").isTextual() && o.path("name").isTextual();
            if (isString(o.get("type")) && !o.has("format") && !o.has("pattern") && !o.has("enum") && !o.has("const") && !o.has("$ref")) {
                o.put("pattern", inParameter ? PARAMETER_TEXT : JSON_TEXT);
            }
            o.fields().forEachRemaining(e -> {
                if (!NOT_SCHEMAS.contains(e.getKey()) && !e.getKey().startsWith("x-") && !e.getKey().equals("headers")) restrictText(e.getValue(), inParameter);
                // a header (request or response) is a parameter-like value: no control character
                if (e.getKey().equals("headers")) restrictText(e.getValue(), true);
            });
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(c -> restrictText(c, parameter));
        }
    }

    private static boolean isString(JsonNode type) {
        if (type == null) return false;
        if (type.isTextual()) return type.asText().equals("string");
        if (type.isArray()) for (JsonNode t : type) if (t.asText().equals("string")) return true; // 3.1: ["string", "null"]
        return false;
    }

    private static ObjectNode integerHeader(String description, int min, int max) {
        ObjectNode h = F.objectNode().put("description", description);
        h.putObject("schema").put("type", "integer").put("format", "int32").put("minimum", min).put("maximum", max);
        return h;
    }

    private static ObjectNode ref(String header) {
        return F.objectNode().put("$ref", "#/components/headers/" + header);
    }
}
