package cn.gov.epidemic.apiclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Both languages in the merged document, as an integrator sees them: every operation's summary has its Chinese part,
 * and every enum among the components has a Chinese label per constant ({@code x-enum-descriptions}, written by the
 * kit's ContractOpenApiFilter from the enums' {@code Labelled} labels).
 */
class LabelsTest {

    @Test
    void everySummaryAndEveryEnumConstantHasItsChineseLabel() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(Path.of("target", "merged-openapi.json").toFile());
        List<String> missing = new ArrayList<>();
        int operations = 0, enums = 0, constants = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> op = o.next();
                if (!op.getValue().has("responses")) continue;
                operations++;
                if (!hasHan(op.getValue().path("summary").asText())) missing.add(op.getKey() + " " + path.getKey() + ": summary without Chinese");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> s = doc.path("components").path("schemas").fields(); s.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = s.next();
            JsonNode values = schema.getValue().path("enum");
            if (!values.isArray()) continue;
            enums++;
            JsonNode labels = schema.getValue().path("x-enum-descriptions");
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).isNull()) continue;
                constants++;
                if (!labels.isArray() || labels.size() <= i || !hasHan(labels.get(i).asText())) {
                    missing.add(schema.getKey() + "." + values.get(i).asText() + ": no Chinese label");
                }
            }
        }
        System.out.printf("[test] merged document: %d operations, %d enums, %d constants; %d without Chinese%n", operations, enums, constants, missing.size());
        assertEquals(List.of(), missing);
    }

    private static boolean hasHan(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
