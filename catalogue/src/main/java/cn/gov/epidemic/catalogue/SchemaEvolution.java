package cn.gov.epidemic.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evolution rules of event payloads: each type and version's schema is kept as a committed snapshot
 * ({@code contracts/events/<ce_type>.v<N>.json}); a change that can break a consumer of that version — a property
 * removed or renamed, a type or format changed, a required property no longer required or now nullable, an array's
 * items changed, at any depth and through {@code $ref}s — is refused with its JSON path, so that a breaking change
 * needs a new version (a new snapshot beside the old one). Compatible changes (a new optional property, a new enum
 * value, a description) rewrite the snapshot; a missing snapshot is written. A snapshot whose type and version is no
 * longer declared is a break too (its consumers would lose it without a word): retiring a version is deleting its
 * snapshot, in the same commit, for a reviewer to see.
 */
public final class SchemaEvolution {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaEvolution() {
    }

    /** The outcome of a check: the breaks (nothing was written when there is one) and the snapshots written. */
    public record Outcome(List<String> breaks, List<Path> written) {
    }

    /**
     * Compares each current schema ({@code <ce_type>.v<N>.json} → schema) with its snapshot in {@code dir}; writes the
     * new and the compatibly changed snapshots only when there is no break at all.
     */
    public static Outcome check(Path dir, Map<String, ObjectNode> current) throws IOException {
        return check(dir, current, true);
    }

    /** As {@link #check(Path, Map)}, writing nothing when {@code write} is false (the breaks only). */
    public static Outcome check(Path dir, Map<String, ObjectNode> current, boolean write) throws IOException {
        List<String> breaks = new ArrayList<>();
        List<Map.Entry<Path, String>> writes = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : current.entrySet()) {
            Path file = dir.resolve(e.getKey());
            String text = Catalogue.pretty(e.getValue());
            if (Files.exists(file)) {
                String old = Files.readString(file);
                if (old.equals(text)) continue;
                List<String> found = breaks(JSON.readTree(old), e.getValue());
                String name = e.getKey().substring(0, e.getKey().length() - ".json".length());
                for (String b : found) breaks.add(name + " " + b);
                if (found.isEmpty()) writes.add(Map.entry(file, text));
            } else {
                writes.add(Map.entry(file, text));
            }
        }
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().matches(".+\\.v\\d+\\.json")).sorted().toList()) {
                    String key = f.getFileName().toString();
                    if (!current.containsKey(key)) {
                        breaks.add(key.substring(0, key.length() - ".json".length()) + " no longer declared: a consumer of it would lose it;"
                                + " keep declaring it, or retire it by deleting " + dir.getFileName() + "/" + key + " with the change");
                    }
                }
            }
        }
        if (!breaks.isEmpty() || !write) return new Outcome(breaks, List.of());
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, String> w : writes) {
            Files.createDirectories(w.getKey().getParent());
            Files.writeString(w.getKey(), w.getValue());
            written.add(w.getKey());
        }
        return new Outcome(List.of(), written);
    }

    /** Every change from {@code old} to {@code now} (self-contained schemas) that can break a consumer, as "PATH: what". */
    public static List<String> breaks(JsonNode old, JsonNode now) {
        List<String> out = new ArrayList<>();
        compare(old, old, now, now, "$", out, new LinkedHashSet<>());
        return out;
    }

    private static void compare(JsonNode oldRoot, JsonNode o, JsonNode newRoot, JsonNode n, String path, List<String> out, Set<String> seen) {
        // a recursive schema: a pair of definitions already being compared further up is not compared again
        String pair = ref(o) + " -> " + ref(n);
        boolean guarded = !ref(o).isEmpty() || !ref(n).isEmpty();
        if (guarded && !seen.add(pair)) return;
        try {
            compareResolved(oldRoot, o, newRoot, n, path, out, seen);
        } finally {
            if (guarded) seen.remove(pair);
        }
    }

    private static void compareResolved(JsonNode oldRoot, JsonNode o, JsonNode newRoot, JsonNode n, String path, List<String> out, Set<String> seen) {
        o = resolve(oldRoot, o);
        n = resolve(newRoot, n);

        Set<String> ot = types(o), nt = types(n);
        Set<String> oValues = without(ot, "null"), nValues = without(nt, "null");
        Set<String> beyond = new TreeSet<>(nValues); // the types the new schema allows and the old did not
        beyond.removeAll(oValues);
        if (oValues.contains("number")) beyond.remove("integer"); // every integer is a number: a narrowing
        if (!oValues.isEmpty() && (nValues.isEmpty() || !beyond.isEmpty())) {
            out.add(path + ": type changed from " + String.join("|", oValues) + " to " + (nValues.isEmpty() ? "any" : String.join("|", nValues)));
            return;
        }
        if (nt.contains("null") && !ot.contains("null")) out.add(path + ": now nullable");
        String of = o.path("format").asText(null), nf = n.path("format").asText(null);
        if (of != null && !of.equals(nf)) out.add(path + ": format changed from " + of + " to " + (nf == null ? "none" : nf));

        JsonNode op = o.path("properties"), np = n.path("properties");
        Set<String> added = new TreeSet<>();
        np.fieldNames().forEachRemaining(f -> {
            if (!op.has(f)) added.add(f);
        });
        for (Iterator<String> it = op.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!np.has(f)) {
                out.add(path + "." + f + ": removed" + (added.isEmpty() ? "" : " or renamed (new: " + String.join(", ", added) + ")"));
            } else {
                compare(oldRoot, op.get(f), newRoot, np.get(f), path + "." + f, out, seen);
            }
        }
        Set<String> required = new TreeSet<>();
        n.path("required").forEach(r -> required.add(r.asText()));
        for (JsonNode r : o.path("required")) {
            if (np.has(r.asText()) && !required.contains(r.asText())) out.add(path + "." + r.asText() + ": no longer required");
        }
        if (o.has("items") && n.has("items")) compare(oldRoot, o.get("items"), newRoot, n.get("items"), path + "[]", out, seen);
        if (o.path("additionalProperties").isObject() && n.path("additionalProperties").isObject()) {
            compare(oldRoot, o.get("additionalProperties"), newRoot, n.get("additionalProperties"), path + "{}", out, seen);
        }
        for (String kind : List.of("oneOf", "anyOf")) {
            if (!o.has(kind)) continue;
            if (o.get(kind).size() != n.path(kind).size()) {
                out.add(path + ": " + kind + " alternatives changed");
                continue;
            }
            for (int i = 0; i < o.get(kind).size(); i++) {
                compare(oldRoot, o.get(kind).get(i), newRoot, n.get(kind).get(i), path + "<" + kind + "[" + i + "]>", out, seen);
            }
        }
    }

    /** The definition a node refers to, directly or as the non-null alternative of a nullable field; "" for none. */
    private static String ref(JsonNode node) {
        JsonNode alt = nullAlternative(node);
        return node.has("$ref") ? node.get("$ref").asText("") : alt != null ? alt.path("$ref").asText("") : "";
    }

    /**
     * The schema a node stands for: a {@code $ref} (#/$defs/X or #) followed, with its sibling keywords over the
     * target's; an {@code allOf} of one schema (how a described reference is often written) taken as that schema.
     */
    static JsonNode resolve(JsonNode root, JsonNode node) {
        for (int hops = 0; hops < 64; hops++) {
            if (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                JsonNode target = ref.equals("#") ? root : ref.startsWith("#/") ? root.at(ref.substring(1)) : null;
                if (target == null || target.isMissingNode()) return node; // an external reference: compared as written
                ObjectNode merged = target.deepCopy();
                node.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref")) merged.set(f.getKey(), f.getValue());
                });
                node = merged;
            } else if (nullAlternative(node) != null) {
                // SmallRye's OpenAPI 3.1 nullable field: anyOf [schema, {type: null}] is that schema, nullable
                String kind = node.has("anyOf") ? "anyOf" : "oneOf";
                JsonNode other = nullAlternative(node);
                ObjectNode merged = other.deepCopy();
                node.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals(kind)) merged.set(f.getKey(), f.getValue());
                });
                merged.put("nullable", true);
                node = merged;
            } else if (node.path("allOf").size() == 1 && !node.has("properties")) {
                ObjectNode merged = node.get("allOf").get(0).deepCopy();
                node.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("allOf")) merged.set(f.getKey(), f.getValue());
                });
                node = merged;
            } else {
                return node;
            }
        }
        return node;
    }

    /** The non-null alternative of {@code anyOf}/{@code oneOf} [schema, {type: null}], or null when the node is not that. */
    static JsonNode nullAlternative(JsonNode node) {
        for (String kind : List.of("anyOf", "oneOf")) {
            JsonNode alts = node.path(kind);
            if (alts.size() != 2) continue;
            for (int i = 0; i < 2; i++) {
                JsonNode a = alts.get(i);
                if (a.size() == 1 && a.path("type").asText("").equals("null")) return alts.get(1 - i);
            }
        }
        return null;
    }

    /** The JSON types a schema allows ({@code type} as a string or a list, OpenAPI 3.0's nullable, properties = object). */
    static Set<String> types(JsonNode s) {
        Set<String> t = new TreeSet<>();
        JsonNode type = s.get("type");
        if (type != null && type.isTextual()) t.add(type.asText());
        if (type != null && type.isArray()) type.forEach(x -> t.add(x.asText()));
        if (type == null && s.has("properties")) t.add("object");
        if (s.path("nullable").asBoolean(false)) t.add("null");
        return t;
    }

    private static Set<String> without(Set<String> s, String x) {
        Set<String> out = new TreeSet<>(s);
        out.remove(x);
        return out;
    }
}
