package cn.gov.epidemic.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What integrators build from, checked the same way in every service: every operation has a unique id, a summary,
 * a description, its error responses (401, 403, 500; 400 with a body; 404 with a path parameter), the bearer scheme,
 * the Problem schema, and the docs page answers. Call it from a {@code @QuarkusTest} of the service.
 */
public final class OpenApiChecks {

    private OpenApiChecks() {
    }

    /** Fails unless the service's own document is complete and has at least {@code minOperations} operations. */
    public static void assertEveryOperationDocumented(int minOperations) throws Exception {
        String json = RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode doc = new ObjectMapper().readTree(json);
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path = doc.path("paths").fields(); path.hasNext(); ) {
            var p = path.next();
            for (var op = p.getValue().fields(); op.hasNext(); ) {
                var o = op.next();
                if (!Set.of("get", "post", "put", "delete", "patch").contains(o.getKey())) continue;
                operations++;
                JsonNode operation = o.getValue();
                String where = o.getKey().toUpperCase() + " " + p.getKey();
                if (!ids.add(operation.path("operationId").asText())) problems.add(where + ": missing or duplicate operationId");
                if (operation.path("summary").asText().isBlank()) problems.add(where + ": no summary");
                if (operation.path("description").asText().isBlank()) problems.add(where + ": no description");
                for (String code : List.of("401", "403", "500")) {
                    if (!operation.path("responses").has(code)) problems.add(where + ": no " + code);
                }
                if (operation.has("requestBody") && !operation.path("responses").has("400")) problems.add(where + ": no 400");
                if (p.getKey().contains("{") && !operation.path("responses").has("404")) problems.add(where + ": no 404");
            }
        }
        assertTrue(operations >= minOperations, "operations documented: " + operations);
        assertEquals(List.of(), problems);
        assertTrue(doc.path("components").path("securitySchemes").has("bearer"), "bearer scheme declared");
        assertTrue(doc.path("components").path("schemas").has("Problem"), "problem schema declared");
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
