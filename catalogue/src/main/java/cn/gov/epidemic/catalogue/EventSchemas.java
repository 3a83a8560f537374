package cn.gov.epidemic.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One event type's data schema as a self-contained JSON Schema 2020-12 document: the payload's schema of the
 * service's OpenAPI document (3.1, so already JSON Schema) with every component it refers to bundled under
 * {@code $defs}, named by its {@code ce_dataschema} URI. What the gateway serves and what the snapshots keep.
 */
public final class EventSchemas {

    static final String COMPONENTS = "#/components/schemas/";
    static final String DEFS = "#/$defs/";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EventSchemas() {
    }

    /**
     * @param openapi the service's document
     * @param schema  the payload's schema name in it
     * @param id      the schema's URI (the event type's dataschema)
     * @param title   e.g. {@code cn.gov.epidemic.personnel.deployment.activated v1}
     */
    public static ObjectNode of(JsonNode openapi, String schema, String id, String title) {
        JsonNode all = openapi.path("components").path("schemas");
        if (!all.has(schema)) throw new IllegalArgumentException("no schema " + schema);
        ObjectNode out = F.objectNode();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.put("$id", id);
        out.put("title", title);
        ObjectNode root = all.get(schema).deepCopy();
        root.remove(List.of("$schema", "$id", "title"));
        out.setAll(root);
        Map<String, JsonNode> defs = new TreeMap<>();
        List<String> todo = new ArrayList<>(refs(root));
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            if (defs.containsKey(name)) continue;
            JsonNode def = all.get(name);
            if (def == null) throw new IllegalArgumentException(schema + " refers to " + name + ", which the document does not define");
            defs.put(name, def.deepCopy());
            todo.addAll(refs(def));
        }
        rewrite(out);
        if (!defs.isEmpty()) {
            ObjectNode d = out.putObject("$defs");
            defs.forEach((k, v) -> {
                rewrite(v);
                d.set(k, v);
            });
        }
        return out;
    }

    private static List<String> refs(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (String ref : node.findValuesAsText("$ref")) {
            if (ref.startsWith(COMPONENTS)) out.add(ref.substring(COMPONENTS.length()));
        }
        return out;
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS)) {
                o.set("$ref", TextNode.valueOf(DEFS + ref.asText().substring(COMPONENTS.length())));
            }
            o.elements().forEachRemaining(EventSchemas::rewrite);
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(EventSchemas::rewrite);
        }
    }
}
