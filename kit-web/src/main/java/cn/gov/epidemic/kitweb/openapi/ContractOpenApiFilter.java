package cn.gov.epidemic.kitweb.openapi;

import cn.gov.epidemic.kitweb.i18n.Labelled;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the document say what the server enforces, for every service, at build time: every {@code pattern} anchored
 * ({@code ^...$}, since Bean Validation matches the whole value); {@code maxLength} on {@code uuid} (36), {@code date}
 * (10) and {@code date-time} (35) strings; each list's {@code sort} parameter from the operation's
 * {@code x-sort-fields} extension (removed then) as an array of its allowed values ({@code name}, {@code -name} ...)
 * sent comma-separated ({@code style: form, explode: false}: exactly the server's {@code sort=name,-createdAt}), so
 * that a generated Java, Python or TypeScript client offers a list of enum constants rather than a free string; and the
 * Chinese label of every constant of a {@link Labelled} enum ({@code x-enum-descriptions} in constant order, and the
 * description listing {@code POLICE_OFFICER 公安民警 ...}). The filter sees schemas, not classes: the enums are found
 * in the Jandex index Quarkus hands to a build-time filter (the implementors of {@code Labelled}) and loaded to read
 * their labels, which exist only in code; a schema is matched by name, or, inline, by its exact set of values.
 * Last, a property that its object does not list as {@code required} may also be {@code null}: the services write
 * every field of a response record, absent ones as {@code null}, and read a {@code null} in a request as an absent
 * field; the document says so ({@code type: [string, "null"]}, {@code anyOf: [$ref, {type: "null"}]}), so that a
 * client generated from it, or a JSON Schema validator, takes the answers the server really gives.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 0)
public class ContractOpenApiFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ContractOpenApiFilter.class);
    public static final String SORT_FIELDS = "x-sort-fields";
    static final String ENUM_DESCRIPTIONS = "x-enum-descriptions";
    static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);
    /** As many fields as {@code PageQuery}'s pattern takes. */
    static final int MAX_SORT_FIELDS = 5;

    private static final String NOT_BLANK = "\\S";

    /** Schema name → constant → label; and the constants' set → labels, for inline enum schemas. */
    private final Map<String, Map<String, String>> byName = new HashMap<>();
    private final Map<Set<String>, Map<String, String>> byValues = new HashMap<>();

    public ContractOpenApiFilter() {
    }

    public ContractOpenApiFilter(IndexView index) {
        DotName schemaAnnotation = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
        for (ClassInfo c : index.getAllKnownImplementors(DotName.createSimple(Labelled.class.getName()))) {
            if (!c.isEnum()) continue;
            Map<String, String> labels = labels(c.name().toString());
            if (labels == null) continue;
            byName.put(c.simpleName(), labels);
            AnnotationInstance schema = c.declaredAnnotation(schemaAnnotation);
            AnnotationValue name = schema == null ? null : schema.value("name");
            if (name != null && !name.asString().isBlank()) byName.put(name.asString(), labels);
            byValues.merge(labels.keySet(), labels, (a, b) -> a.equals(b) ? a : Map.of()); // two enums, same constants: ambiguous
        }
    }

    static Map<String, String> labels(String className) {
        try {
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            Map<String, String> labels = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) labels.put(((Enum<?>) constant).name(), ((Labelled) constant).zh());
            return labels;
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            LOG.warnf("OpenAPI: the Chinese labels of %s could not be read (%s)", className, e);
            return null;
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            if (schemas != null) schemas.forEach((name, s) -> {
                label(s, byName.get(name));
                visit(s, seen);
            });
            if (openAPI.getComponents().getParameters() != null) openAPI.getComponents().getParameters().values().forEach(p -> visit(p.getSchema(), seen));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) return;
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) item.getParameters().forEach(p -> visit(p.getSchema(), seen));
            if (item.getOperations() == null) return;
            item.getOperations().values().forEach(op -> {
                sort(op);
                if (op.getParameters() != null) op.getParameters().forEach(p -> visit(p.getSchema(), seen));
                if (op.getRequestBody() != null) {
                    visit(op.getRequestBody().getContent(), seen);
                    exampleOnMediaType(openAPI, op.getRequestBody().getContent());
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> visit(r.getContent(), seen));
                }
            });
        });
    }

    private void visit(Content content, Set<Schema> seen) {
        if (content == null || content.getMediaTypes() == null) return;
        for (MediaType m : content.getMediaTypes().values()) visit(m.getSchema(), seen);
    }

    private void visit(Schema s, Set<Schema> seen) {
        if (s == null || !seen.add(s)) return;
        if (s.getAnyOf() != null && s.getType() != null && s.getAnyOf().stream().anyMatch(x -> x != null && x.getRef() != null)) {
            // SmallRye writes a nullable reference as anyOf [$ref, null] and also a bare "type" beside it, which then
            // looks like a string without limits; the anyOf alone says what the value is
            s.setType(null);
        }
        String pattern = s.getPattern();
        if (pattern != null) s.setPattern(anchored(pattern));
        if (s.getFormat() != null && s.getMaxLength() == null && FORMAT_LENGTHS.containsKey(s.getFormat())) {
            s.setMaxLength(FORMAT_LENGTHS.get(s.getFormat()));
        }
        if (s.getEnumeration() != null && (s.getExtensions() == null || !s.getExtensions().containsKey(ENUM_DESCRIPTIONS))) {
            Set<String> values = s.getEnumeration().stream().map(String::valueOf).collect(Collectors.toSet());
            Map<String, String> labels = byValues.get(values);
            if (labels != null && !labels.isEmpty()) label(s, labels);
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> visit(p, seen));
            List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>(s.getProperties());
            properties.replaceAll((name, p) -> required.contains(name) ? p : nullable(p));
            s.setProperties(properties);
        }
        visit(s.getItems(), seen);
        visit(s.getAdditionalPropertiesSchema(), seen);
        visit(s.getNot(), seen);
        for (List<Schema> list : new ArrayList<>(java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf()))) {
            if (list != null) list.forEach(x -> visit(x, seen));
        }
    }

    /**
     * A request body whose schema is a component with examples gets the first as its media type's example, where
     * readers (Swagger UI "Try it out", generators, linters) look for a request's example.
     */
    private static void exampleOnMediaType(OpenAPI openAPI, Content content) {
        if (content == null || content.getMediaTypes() == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) return;
        for (MediaType m : content.getMediaTypes().values()) {
            if (m.getExample() != null || (m.getExamples() != null && !m.getExamples().isEmpty()) || m.getSchema() == null) continue;
            Schema target = m.getSchema();
            if (target.getRef() != null) target = openAPI.getComponents().getSchemas().get(target.getRef().substring(target.getRef().lastIndexOf('/') + 1));
            if (target != null && target.getExamples() != null && !target.getExamples().isEmpty()) m.setExample(target.getExamples().get(0));
        }
    }

    /** The same property, also allowing {@code null}; unchanged when it already does. */
    static Schema nullable(Schema p) {
        if (p == null || allowsNull(p)) return p;
        Schema isNull = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        if (p.getRef() != null) {
            // a $ref's siblings (description, examples) stay on the wrapper, where readers look for them
            Schema wrapper = OASFactory.createSchema().anyOf(List.of(OASFactory.createSchema().ref(p.getRef()), isNull))
                    .description(p.getDescription()).examples(p.getExamples()).readOnly(p.getReadOnly()).deprecated(p.getDeprecated());
            return wrapper;
        }
        if (p.getType() != null && !p.getType().isEmpty()) {
            p.addType(Schema.SchemaType.NULL);
            if (p.getEnumeration() != null) p.addEnumeration(null); // an enum lists every value it allows
            return p;
        }
        if (p.getAnyOf() != null) return p.addAnyOf(isNull);
        if (p.getAllOf() != null || p.getOneOf() != null) {
            Schema inner = OASFactory.createSchema().allOf(p.getAllOf()).oneOf(p.getOneOf());
            p.setAllOf(null);
            p.setOneOf(null);
            return p.anyOf(List.of(inner, isNull));
        }
        return p; // no type at all: null is already allowed
    }

    private static boolean allowsNull(Schema p) {
        if (p.getType() != null && p.getType().contains(Schema.SchemaType.NULL)) return true;
        for (List<Schema> list : java.util.Arrays.asList(p.getAnyOf(), p.getOneOf())) {
            if (list != null && list.stream().anyMatch(x -> x != null && x.getType() != null && x.getType().contains(Schema.SchemaType.NULL))) return true;
        }
        return false;
    }

    /** {@code a|b} becomes {@code ^(?:a|b)$}, so that the anchors bind the whole alternation. */
    static String anchored(String p) {
        // SmallRye's pattern for @NotBlank: "contains a non-space" (unanchored in JSON Schema), the same anchored
        if (NOT_BLANK.equals(p)) return "^[\\s\\S]*\\S[\\s\\S]*$";
        boolean start = p.startsWith("^"), end = p.endsWith("$") && !p.endsWith("\\$");
        if (start && end) return p;
        String body = p.substring(start ? 1 : 0, end ? p.length() - 1 : p.length());
        return "^" + (topLevelAlternation(body) ? "(?:" + body + ")" : body) + "$";
    }

    private static boolean topLevelAlternation(String p) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    private static void label(Schema s, Map<String, String> labels) {
        if (s == null || labels == null || s.getEnumeration() == null) return;
        List<String> zh = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Object v : s.getEnumeration()) {
            String label = labels.getOrDefault(String.valueOf(v), "");
            zh.add(label);
            lines.add(v + " " + label);
        }
        s.addExtension(ENUM_DESCRIPTIONS, zh);
        String list = String.join("; ", lines) + ".";
        String d = s.getDescription();
        if (d == null || !d.contains(list)) s.setDescription(d == null || d.isBlank() ? list : d.strip() + " " + list);
    }

    /** The sort parameter of a list documented from its {@code x-sort-fields}; the extension leaves the document. */
    private static void sort(Operation op) {
        // SmallRye also copies a method's @Extension onto the responses it declares there: not theirs to keep
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> {
                if (r.getExtensions() != null && r.getExtensions().containsKey(SORT_FIELDS)) r.removeExtension(SORT_FIELDS);
            });
        }
        if (op.getExtensions() == null || !op.getExtensions().containsKey(SORT_FIELDS)) return;
        Object declared = op.getExtensions().get(SORT_FIELDS);
        op.removeExtension(SORT_FIELDS);
        List<String> fields = java.util.Arrays.stream(String.valueOf(declared).split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        if (fields.isEmpty() || op.getParameters() == null) return;
        List<Object> values = new ArrayList<>();
        for (String f : fields) {
            values.add(f);
            values.add("-" + f);
        }
        List<Parameter> params = new ArrayList<>(op.getParameters());
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            if (!"sort".equals(p.getName()) || p.getIn() != Parameter.In.QUERY) continue;
            params.set(i, OASFactory.createParameter().name("sort").in(Parameter.In.QUERY).required(false)
                    .style(Parameter.Style.FORM).explode(false)
                    .description("Sort fields, comma-separated (at most " + MAX_SORT_FIELDS + "); a leading - sorts descending. Allowed: "
                            + String.join(", ", fields) + ". · 排序字段，以逗号分隔（最多 " + MAX_SORT_FIELDS + " 个）；字段前加 - 表示降序。")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(MAX_SORT_FIELDS).uniqueItems(true)
                            .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(values).maxLength(41)))
                    .example(fields.size() > 1 ? List.of(fields.get(0), "-" + fields.get(1)) : List.of("-" + fields.get(0))));
        }
        op.setParameters(params);
    }
}
