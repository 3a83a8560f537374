package cn.gov.epidemic.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.gov.epidemic.gateway.events.EventsPage.values;
import static cn.gov.epidemic.gateway.problems.ProblemPages.esc;

/** Reads the schemas of one AsyncAPI document for the page: local references, {@code allOf} merged, a type as a person reads it. */
final class Schemas {

    static final String COMPONENTS = "#/components/schemas/";

    /** An object schema's fields and which of them are required, {@code allOf} and references followed. */
    record Flat(Map<String, JsonNode> properties, Set<String> required) {
    }

    private final JsonNode doc;

    Schemas(JsonNode doc) {
        this.doc = doc;
    }

    /** The node a local reference ({@code #/...}) points to; missing for any other. */
    JsonNode resolve(String ref) {
        return ref.startsWith("#/") ? doc.at(ref.substring(1)) : MissingNode.getInstance();
    }

    /** The node itself, or what its {@code $ref} points to (followed until it is not a reference). */
    JsonNode deref(JsonNode n) {
        for (int i = 0; i < 16 && n.has("$ref"); i++) n = resolve(n.get("$ref").asText());
        return n;
    }

    Flat flatten(JsonNode schema) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        flatten(deref(schema), props, required, 0);
        return new Flat(props, required);
    }

    private void flatten(JsonNode s, Map<String, JsonNode> props, Set<String> required, int depth) {
        if (depth > 16) return;
        for (JsonNode part : s.path("allOf")) flatten(deref(part), props, required, depth + 1);
        s.path("properties").fields().forEachRemaining(p -> props.merge(p.getKey(), p.getValue(), (a, b) -> {
            // a later part narrows an earlier one (a header's const for one message): keep both
            var merged = deref(a).deepCopy();
            if (merged instanceof com.fasterxml.jackson.databind.node.ObjectNode o && b instanceof com.fasterxml.jackson.databind.node.ObjectNode bo) o.setAll(bo);
            return merged;
        }));
        s.path("required").forEach(r -> required.add(r.asText()));
    }

    /** A schema's type as HTML: a named schema links to its section, arrays say of what, enums list their values. */
    String type(JsonNode s) {
        if (s.has("$ref")) {
            String name = name(s.get("$ref").asText());
            return "<a href=\"#schema-" + esc(name) + "\"><code>" + esc(name) + "</code></a>";
        }
        List<String> alternatives = new ArrayList<>();
        for (String k : List.of("oneOf", "anyOf", "allOf")) s.path(k).forEach(a -> alternatives.add(type(a)));
        StringBuilder t = new StringBuilder();
        if (s.path("type").isArray()) {
            List<String> types = new ArrayList<>();
            s.get("type").forEach(x -> types.add(esc(x.asText())));
            t.append(String.join(" | ", types));
        } else if (s.has("type")) {
            t.append(esc(s.get("type").asText()));
        }
        if (s.has("items")) t.append(" of ").append(type(s.get("items")));
        if (s.has("format")) t.append(" (").append(esc(s.get("format").asText())).append(")");
        if (s.has("const")) t.append(" = <code>").append(esc(s.get("const").asText())).append("</code>");
        if (s.has("enum")) t.append(": ").append(values(s.get("enum")));
        if (!alternatives.isEmpty()) t.append(t.length() == 0 ? "" : " ").append(String.join(" | ", alternatives));
        return t.length() == 0 ? "any" : t.toString();
    }

    static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
