package cn.gov.epidemic.apiclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every example of the merged document (request bodies, parameters, responses, component schemas; {@code example}
 * and {@code examples}) is valid against its own schema: a real JSON Schema 2020-12 validator (networknt, formats
 * asserted: uuid, date, date-time ...), {@code $ref}s resolved into the document's {@code components}. The live half,
 * each documented request sent to the running suite, is system-test's {@code ContractTest}.
 */
class ExamplesTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @Test
    void everyExampleIsValidAgainstItsSchema() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(Path.of("target", "merged-openapi.json").toFile());
        List<DocumentExamples.Example> examples = DocumentExamples.of(doc);
        Map<DocumentExamples.Kind, int[]> counts = new EnumMap<>(DocumentExamples.Kind.class);
        List<String> invalid = new ArrayList<>();
        for (DocumentExamples.Example e : examples) {
            int[] c = counts.computeIfAbsent(e.kind(), k -> new int[2]);
            c[0]++;
            Set<ValidationMessage> errors = validate(doc, e.schema(), e.value());
            if (!errors.isEmpty()) {
                c[1]++;
                invalid.add(e.where() + ": " + errors.stream().map(ValidationMessage::getMessage).sorted().toList());
            }
        }
        counts.forEach((k, c) -> System.out.printf("[test] examples %s: %d, invalid %d%n", k, c[0], c[1]));
        System.out.printf("[test] examples in the merged document: %d, invalid %d%n", examples.size(), invalid.size());
        invalid.forEach(i -> System.out.println("[test] invalid example " + i));
        assertEquals(List.of(), invalid);
    }

    @Test
    void theValidatorRefusesAnUntrueExample() {
        // the check itself can fail: an ID of the wrong format, a missing required field, a number for a string
        ObjectNode doc = new ObjectMapper().createObjectNode();
        ObjectNode thing = doc.putObject("components").putObject("schemas").putObject("Thing").put("type", "object");
        thing.putArray("required").add("id");
        thing.putObject("properties").putObject("id").put("type", "string").put("format", "uuid");
        ObjectNode ref = new ObjectMapper().createObjectNode().put("$ref", "#/components/schemas/Thing");
        ObjectMapper m = new ObjectMapper();
        assertEquals(0, validate(doc, ref, m.createObjectNode().put("id", "7b0e3c5a-2f4d-4e8b-9a61-3c2d1e0f4a5b")).size());
        assertEquals(1, validate(doc, ref, m.createObjectNode().put("id", "not-a-uuid")).size());
        assertEquals(1, validate(doc, ref, m.createObjectNode()).size());
        assertEquals(1, validate(doc, ref, m.createObjectNode().put("id", 42)).size());
    }

    /** {@code value} against {@code schema}, whose {@code $ref}s point into {@code doc}'s components. */
    static Set<ValidationMessage> validate(JsonNode doc, JsonNode schema, JsonNode value) {
        ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy() : new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", doc.path("components"));
        return FACTORY.getSchema(root, CONFIG).validate(value);
    }
}
