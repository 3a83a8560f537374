package cn.gov.epidemic.apiclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every example of an OpenAPI 3.1 document, each with the schema it must satisfy: parameters ({@code example},
 * {@code examples}), request and response bodies (the media type's {@code example}/{@code examples}, the
 * component examples they name) and component schemas ({@code examples}, {@code example}). Plain Jackson: the
 * build's static check (api-client) and the live one against the running suite (system-test) read the same list.
 */
public final class DocumentExamples {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private DocumentExamples() {
    }

    /** Where an example sits. */
    public enum Kind { PARAMETER, REQUEST_BODY, RESPONSE_BODY, SCHEMA }

    /**
     * One example: {@code where} names it for a reader ("POST /api/v1/supplies/dispatches request application/json
     * 'hohhot'"); {@code method}/{@code path} are null for a component schema's; {@code name} is the parameter's name
     * or the response's status; {@code in} the parameter's location.
     */
    public record Example(Kind kind, String where, String method, String path, String name, String in, JsonNode schema, JsonNode value) {
    }

    public static List<Example> of(JsonNode doc) {
        List<Example> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> o = ops.next();
                if (!METHODS.contains(o.getKey())) continue;
                String method = o.getKey().toUpperCase(java.util.Locale.ROOT), path = p.getKey(), at = method + " " + path;
                JsonNode op = o.getValue();
                List<JsonNode> params = new ArrayList<>();
                p.getValue().path("parameters").forEach(params::add);
                op.path("parameters").forEach(params::add);
                for (JsonNode param0 : params) {
                    JsonNode param = resolve(doc, param0);
                    String name = param.path("name").asText(), in = param.path("in").asText();
                    values(doc, param, at + " " + in + " parameter " + name, (where, v) ->
                            out.add(new Example(Kind.PARAMETER, where, method, path, name, in, param.path("schema"), v)));
                }
                JsonNode body = resolve(doc, op.path("requestBody"));
                body.path("content").fields().forEachRemaining(m -> values(doc, m.getValue(), at + " request " + m.getKey(), (where, v) ->
                        out.add(new Example(Kind.REQUEST_BODY, where, method, path, null, null, m.getValue().path("schema"), v))));
                op.path("responses").fields().forEachRemaining(r -> resolve(doc, r.getValue()).path("content").fields().forEachRemaining(m ->
                        values(doc, m.getValue(), at + " response " + r.getKey() + " " + m.getKey(), (where, v) ->
                                out.add(new Example(Kind.RESPONSE_BODY, where, method, path, r.getKey(), null, m.getValue().path("schema"), v)))));
            }
        }
        doc.path("components").path("schemas").fields().forEachRemaining(s -> schemaExamples(s.getValue(), "schema " + s.getKey(), s.getKey(), out));
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            // inline schemas of parameters and bodies (a component schema's own are above)
            p.getValue().fields().forEachRemaining(o -> {
                String at = o.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey();
                o.getValue().path("parameters").forEach(param -> schemaExamples(param.path("schema"), at + " parameter " + param.path("name").asText() + " schema", null, out));
                o.getValue().path("requestBody").path("content").fields().forEachRemaining(m -> schemaExamples(m.getValue().path("schema"), at + " request schema", null, out));
                o.getValue().path("responses").fields().forEachRemaining(r -> r.getValue().path("content").fields().forEachRemaining(m ->
                        schemaExamples(m.getValue().path("schema"), at + " response " + r.getKey() + " schema", null, out)));
            });
        }
        return out;
    }

    /** A schema's own {@code examples}/{@code example} and those of the schemas inside it (properties, items, compositions). */
    private static void schemaExamples(JsonNode schema, String at, String name, List<Example> out) {
        if (!(schema instanceof ObjectNode) || schema.has("$ref") && schema.size() == 1) return;
        int i = 0;
        for (JsonNode v : schema.path("examples")) out.add(new Example(Kind.SCHEMA, at + " examples[" + i++ + "]", null, null, name, null, schema, v));
        if (schema.has("example")) out.add(new Example(Kind.SCHEMA, at + " example", null, null, name, null, schema, schema.get("example")));
        schema.path("properties").fields().forEachRemaining(p -> schemaExamples(p.getValue(), at + "." + p.getKey(), name, out));
        schemaExamples(schema.path("items"), at + "[]", name, out);
        schemaExamples(schema.path("additionalProperties"), at + "{}", name, out);
        for (String k : List.of("allOf", "anyOf", "oneOf")) schema.path(k).forEach(c -> schemaExamples(c, at + " " + k, name, out));
    }

    /** The {@code example} and each of the {@code examples} (an Example Object's {@code value}, through its {@code $ref}). */
    private static void values(JsonNode doc, JsonNode holder, String at, java.util.function.BiConsumer<String, JsonNode> sink) {
        if (holder.has("example")) sink.accept(at + " example", holder.get("example"));
        holder.path("examples").fields().forEachRemaining(e -> {
            JsonNode ex = resolve(doc, e.getValue());
            if (ex.has("value")) sink.accept(at + " '" + e.getKey() + "'", ex.get("value"));
        });
    }

    /** A {@code $ref} into the same document followed (to its end); any other node as it is. */
    public static JsonNode resolve(JsonNode doc, JsonNode node) {
        int hops = 0;
        while (node instanceof ObjectNode o && o.path("$ref").asText("").startsWith("#/") && hops++ < 10) {
            node = doc.at(o.get("$ref").asText().substring(1));
        }
        return node;
    }
}
