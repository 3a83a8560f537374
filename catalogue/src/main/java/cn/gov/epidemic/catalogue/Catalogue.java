package cn.gov.epidemic.catalogue;

import cn.gov.epidemic.kitweb.openapi.OpenApiMerger;
import cn.gov.epidemic.kit.events.ConsumedEvent;
import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kit.messaging.Subscription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The build's catalogue of the suite's contract: reads every service's {@link EventDeclarations} (ServiceLoader, from
 * the compiled classes of the services this module depends on) and its OpenAPI document, then writes the merged
 * OpenAPI document, the AsyncAPI 3.0 document, one JSON Schema per event type and version, the table docs/events.md,
 * and checks each schema against its committed snapshot ({@link SchemaEvolution}). Fails, listing every problem,
 * when a payload has no schema in its service's document, a consumer reads a type or a field nobody publishes, or a
 * schema changed in a way that breaks consumers without a new version.
 */
public final class Catalogue {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build());

    private Catalogue() {
    }

    /** One service's input: its merge name, its declarations, its OpenAPI document. */
    public record Input(String name, EventDeclarations declarations, JsonNode openapi) {
    }

    /** Where the outputs go and what the documents name as servers. */
    public record Options(Path out, Path docs, Path contracts, String serverUrl, String broker) {
    }

    /** The build failed its checks: every problem, one a line. */
    public static final class CatalogueException extends RuntimeException {
        private final List<String> problems;

        CatalogueException(String what, List<String> problems) {
            super(what + ": " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * {@code Catalogue --openapi=DIR --out=DIR --docs=events.md --contracts=DIR --server=URL NAME=MODULE ...}: DIR of
     * --openapi holds MODULE.json for each service; NAME is the service's name in the merge, in merge order.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>(); // module -> merge name
        for (String a : args) {
            if (a.startsWith("--")) {
                String[] kv = a.substring(2).split("=", 2);
                opt.put(kv[0], kv[1]);
            } else {
                String[] nv = a.split("=", 2);
                names.put(nv[1], nv[0]);
            }
        }
        Map<String, EventDeclarations> found = new LinkedHashMap<>();
        for (EventDeclarations d : ServiceLoader.load(EventDeclarations.class)) found.put(d.published().service(), d);
        List<String> problems = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            EventDeclarations d = found.remove(e.getKey());
            Path doc = Path.of(opt.get("openapi")).resolve(e.getKey() + ".json");
            if (d == null) problems.add(e.getKey() + ": no EventDeclarations on the class path (META-INF/services/" + EventDeclarations.class.getName() + ")");
            if (!Files.exists(doc)) problems.add(e.getKey() + ": no OpenAPI document " + doc + " (the service's artifact openapi.json)");
            if (d != null && Files.exists(doc)) inputs.add(new Input(e.getValue(), d, JSON.readTree(doc.toFile())));
        }
        found.keySet().forEach(m -> problems.add(m + ": declares events but is not named to the catalogue (its pom's arguments)"));
        if (!problems.isEmpty()) throw new CatalogueException("event catalogue", problems);
        Options o = new Options(Path.of(opt.get("out")), Path.of(opt.get("docs")), Path.of(opt.get("contracts")),
                opt.get("server"), CatalogueResources.BROKER_PLACEHOLDER);
        Model model;
        try {
            model = model(inputs);
        } catch (CatalogueException e) {
            // a field renamed under a consumer: say also what the evolution rules make of it (the path of each break)
            List<String> all = new ArrayList<>(e.problems());
            try {
                all.addAll(SchemaEvolution.check(o.contracts(), schemas(model(inputs, false)), false).breaks());
            } catch (CatalogueException schemasMissing) {
                // the schemas themselves are missing: the problems above say which
            }
            throw new CatalogueException("event catalogue", all);
        }
        List<String> written = write(model, inputs, o);
        System.out.println("event catalogue: " + model.services().stream().mapToInt(s -> s.events().size()).sum() + " event types on "
                + model.services().size() + " topics, " + model.groups().size() + " consumer groups -> " + o.out()
                + (written.isEmpty() ? "" : "; written: " + String.join(", ", written)));
    }

    /** The model of the declarations: fails listing every payload without a schema and every consumed type or field nobody publishes. */
    public static Model model(List<Input> inputs) {
        return model(inputs, true);
    }

    /** As {@link #model(List)}; {@code consumers} false leaves out the check of the fields consumers read. */
    static Model model(List<Input> inputs, boolean consumers) {
        List<String> problems = new ArrayList<>();
        List<Model.Service> services = new ArrayList<>();
        Map<String, Model.Published> byType = new LinkedHashMap<>(); // "topic ce_type vN" -> that version
        for (Input in : inputs) {
            Map<EventType<?>, String> constants = constants(in.declarations().getClass());
            JsonNode schemas = in.openapi().path("components").path("schemas");
            List<Model.Published> events = new ArrayList<>();
            for (EventType<?> t : in.declarations().published().types()) {
                String schema = schemaName(t.payload());
                if (!schemas.has(schema)) {
                    problems.add(t + " (" + t.source().service() + "): its payload " + t.payload().getName() + " has no schema " + schema
                            + " in the service's OpenAPI document; name the @Schema(name = ...) of the record it publishes, or list it in the document");
                }
                events.add(new Model.Published(t, constants.get(t), schema, schema));
            }
            Model.Service s = new Model.Service(in.name(), in.declarations().published(), in.openapi(), events);
            services.add(s);
        }
        // the merged document's names of the payload schemas (a clashing one is prefixed with the service's name)
        JsonNode merged = merged(inputs, "http://localhost", false).path("components").path("schemas");
        List<Model.Service> named = new ArrayList<>();
        for (Model.Service s : services) {
            List<Model.Published> events = new ArrayList<>();
            for (Model.Published p : s.events()) {
                String renamed = OpenApiMerger.prefix(s.name()) + p.schema();
                Model.Published q = new Model.Published(p.type(), p.constant(), p.schema(), merged.has(renamed) ? renamed : p.schema());
                events.add(q);
                byType.put(q.type().source().topic() + " " + q.type().type() + " v" + q.type().version(), q);
            }
            named.add(new Model.Service(s.name(), s.source(), s.openapi(), events));
        }
        List<Model.Group> groups = new ArrayList<>();
        for (Input in : inputs) {
            for (Class<? extends Subscription> c : in.declarations().subscriptions()) {
                Subscription.Declaration d;
                try {
                    d = c.getDeclaredConstructor().newInstance().declaration();
                } catch (ReflectiveOperationException e) {
                    problems.add(c.getName() + ": cannot be made with its no-argument constructor (" + e + ")");
                    continue;
                }
                List<Model.Consumed> read = new ArrayList<>();
                for (ConsumedEvent<?> e : d.events()) {
                    Model.Published p = byType.get(e.topic() + " " + e.type() + " v" + e.version());
                    List<String> fields = fields(e.payload(), "");
                    if (p == null) {
                        problems.add(d.group() + " (" + in.declarations().published().service() + "): reads " + e.type() + " v" + e.version()
                                + " on " + e.topic() + ", which no service publishes there");
                        continue;
                    }
                    Model.Service producer = named.stream().filter(s -> s.events().contains(p)).findFirst().orElseThrow();
                    JsonNode schema = producer.openapi().path("components").path("schemas").path(p.schema());
                    for (String f : consumers ? fields : List.<String>of()) {
                        if (!has(producer.openapi(), schema, f)) {
                            problems.add(d.group() + " (" + in.declarations().published().service() + "): its record " + e.payload().getSimpleName()
                                    + " reads " + f + " of " + e.type() + ", which " + producer.module() + "'s " + p.schema() + " does not have");
                        }
                    }
                    read.add(new Model.Consumed(e, p, fields));
                }
                groups.add(new Model.Group(d.group(), d.description(), in.declarations().published().service(), read));
            }
        }
        if (!problems.isEmpty()) throw new CatalogueException("event catalogue", problems);
        return new Model(named, groups);
    }

    /**
     * Writes every output; the committed files (docs, contracts) only when they change. Checks the schemas against
     * their snapshots first: a break fails before anything is written. Returns the committed files written.
     */
    public static List<String> write(Model model, List<Input> inputs, Options o) throws IOException {
        Map<String, ObjectNode> schemas = schemas(model);
        SchemaEvolution.Outcome outcome = SchemaEvolution.check(o.contracts(), schemas);
        if (!outcome.breaks().isEmpty()) {
            List<String> problems = new ArrayList<>(outcome.breaks());
            problems.add("a change that breaks consumers needs a new version of the event type (Aggregate.event(name, version, ...)); "
                    + "its snapshot " + o.contracts() + "/<ce_type>.v<N+1>.json is then written beside the old one");
            throw new CatalogueException("event payloads changed incompatibly", problems);
        }
        List<String> written = new ArrayList<>();
        outcome.written().forEach(p -> written.add(p.getFileName().toString()));

        Files.createDirectories(o.out());
        Files.writeString(o.out().resolve("openapi.json"), pretty(merged(inputs, o.serverUrl(), true)));
        ObjectNode asyncapi = AsyncApi.document(model, merged(inputs, o.serverUrl(), false).path("components").path("schemas"), o.broker());
        Files.writeString(o.out().resolve("asyncapi.json"), pretty(asyncapi));
        Files.writeString(o.out().resolve("asyncapi.yaml"), YAML.writeValueAsString(asyncapi));
        for (Model.Service s : model.services()) {
            for (Model.Published p : s.events()) {
                Path f = o.out().resolve("schemas").resolve(p.type().type()).resolve("v" + p.type().version() + ".json");
                Files.createDirectories(f.getParent());
                Files.writeString(f, pretty(schemas.get(p.snapshot())));
            }
        }
        String table = EventsMarkdown.of(model);
        if (!Files.exists(o.docs()) || !Files.readString(o.docs()).equals(table)) {
            Files.createDirectories(o.docs().toAbsolutePath().getParent());
            Files.writeString(o.docs(), table);
            written.add(o.docs().getFileName().toString());
        }
        return written;
    }

    /** Each event type's self-contained schema, by its snapshot's file name. */
    static Map<String, ObjectNode> schemas(Model model) {
        Map<String, ObjectNode> schemas = new TreeMap<>();
        for (Model.Service s : model.services()) {
            for (Model.Published p : s.events()) {
                schemas.put(p.snapshot(), EventSchemas.of(s.openapi(), p.schema(), p.type().dataschema(), p.type().type() + " v" + p.type().version()));
            }
        }
        return schemas;
    }

    static ObjectNode merged(List<Input> inputs, String server, boolean dropUnused) {
        return OpenApiMerger.merge(inputs.stream().map(i -> new OpenApiMerger.Source(i.name(), i.openapi())).toList(), server, "X-API-Key", dropUnused);
    }

    static String pretty(JsonNode node) throws IOException {
        return JSON.writeValueAsString(node) + "\n";
    }

    static String id(String s) {
        return s.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** The OpenAPI schema of a payload class: its {@code @Schema(name = ...)}, else its simple name (as SmallRye names it). */
    static String schemaName(Class<?> payload) {
        Schema s = payload.getAnnotation(Schema.class);
        return s != null && !s.name().isEmpty() ? s.name() : payload.getSimpleName();
    }

    /**
     * The Java constants naming the event types, for the catalogue's readers: the public static EventType fields of the
     * declarations class, of its enclosing class and of the {@code <Area>Events} class beside it.
     */
    static Map<EventType<?>, String> constants(Class<?> declarations) {
        List<Class<?>> candidates = new ArrayList<>(List.of(declarations));
        if (declarations.getEnclosingClass() != null) candidates.add(declarations.getEnclosingClass());
        String name = declarations.getName();
        if (name.endsWith("EventDeclarations")) {
            try {
                candidates.add(Class.forName(name.substring(0, name.length() - "EventDeclarations".length()) + "Events", true, declarations.getClassLoader()));
            } catch (ClassNotFoundException absent) {
                // the constants live elsewhere: the catalogue then names the type only
            }
        }
        Map<EventType<?>, String> out = new IdentityHashMap<>();
        for (Class<?> c : candidates) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !EventType.class.isAssignableFrom(f.getType())) continue;
                try {
                    f.setAccessible(true);
                    out.putIfAbsent((EventType<?>) f.get(null), c.getSimpleName() + "." + f.getName());
                } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                    // not readable: unnamed
                }
            }
        }
        return out;
    }

    /** The JSON fields a consumer's record reads: its components (Jackson's name), a nested record's as {@code a.b}, a list's as {@code a[].b}. */
    static List<String> fields(Class<?> record, String prefix) {
        List<String> out = new ArrayList<>();
        if (!record.isRecord()) return out;
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            if (p == null && c.getDeclaringRecord() != null) {
                try {
                    p = record.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
                } catch (NoSuchFieldException ignored) {
                    // a record always has the field
                }
            }
            String name = prefix + (p != null && !p.value().isEmpty() ? p.value() : c.getName());
            Class<?> type = c.getType();
            Type generic = c.getGenericType();
            if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
                out.addAll(fields(item, name + "[]."));
            } else if (type.isRecord()) {
                out.addAll(fields(type, name + "."));
            } else {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether {@code schema} (of {@code doc}) has the property path {@code a.b} / {@code a[].b}, through $refs and allOf. */
    static boolean has(JsonNode doc, JsonNode schema, String path) {
        JsonNode s = schema;
        for (String part : path.split("\\.")) {
            boolean list = part.endsWith("[]");
            String name = list ? part.substring(0, part.length() - 2) : part;
            s = openapiResolve(doc, s);
            JsonNode prop = properties(doc, s).get(name);
            if (prop == null) return false;
            s = openapiResolve(doc, prop);
            if (list) {
                JsonNode items = s.path("items");
                for (String kind : List.of("anyOf", "oneOf", "allOf")) {
                    for (JsonNode alt : s.path(kind)) {
                        JsonNode r = openapiResolve(doc, alt);
                        if (items.isMissingNode() && r.has("items")) items = r.get("items");
                    }
                }
                if (items.isMissingNode()) return false;
                s = items;
            }
        }
        return true;
    }

    private static ObjectNode properties(JsonNode doc, JsonNode s) {
        ObjectNode out = JSON.createObjectNode();
        if (s.path("properties").isObject()) out.setAll((ObjectNode) s.get("properties"));
        for (String kind : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : s.path(kind)) {
                JsonNode r = openapiResolve(doc, part);
                if (r.path("properties").isObject()) out.setAll((ObjectNode) r.get("properties"));
            }
        }
        return out;
    }

    private static JsonNode openapiResolve(JsonNode doc, JsonNode s) {
        for (int hops = 0; hops < 32 && s.has("$ref"); hops++) s = doc.at(s.get("$ref").asText().substring(1));
        return s;
    }
}
