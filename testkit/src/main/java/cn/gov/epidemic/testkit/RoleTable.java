package cn.gov.epidemic.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role table of an OpenAPI document: every operation with the roles its description states ("Roles: a, b.", written
 * by kit-web's RolesOpenApiFilter from {@code @RolesAllowed}). The services' role-matrix tests and the gateway policy
 * test read it here, so that both compare what is enforced with the same table. Jackson only (no Quarkus, no HTTP).
 */
public final class RoleTable {

    private static final Pattern ROLES = Pattern.compile("Roles: ([^.]+)\\.");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** One operation: upper-case method, path template ({@code /api/v1/x/{id}}) and the roles that may call it. */
    public record Operation(String method, String path, String operationId, Set<String> roles) {

        /** The path with every parameter replaced by a random UUID: a concrete request path. */
        public String samplePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        /** Whether the operation takes a request body. */
        public boolean hasBody() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }

        @Override
        public String toString() {
            return method + " " + path + " " + roles;
        }
    }

    private RoleTable() {
    }

    public static List<Operation> fromJson(String openApiJson) {
        try {
            return read(new ObjectMapper().readTree(openApiJson));
        } catch (IOException e) {
            throw new IllegalArgumentException("not an OpenAPI JSON document", e);
        }
    }

    public static List<Operation> fromFile(Path openApiJson) throws IOException {
        return fromJson(Files.readString(openApiJson));
    }

    /** Fails on an operation that states no roles: every API operation must (deny by default). */
    static List<Operation> read(JsonNode doc) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = p.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> o = it.next();
                if (!METHODS.contains(o.getKey())) continue;
                String where = o.getKey().toUpperCase() + " " + p.getKey();
                Matcher m = ROLES.matcher(o.getValue().path("description").asText());
                if (!m.find()) throw new AssertionError(where + ": its description states no roles");
                Set<String> roles = new LinkedHashSet<>();
                for (String r : m.group(1).split(",")) roles.add(r.strip());
                ops.add(new Operation(o.getKey().toUpperCase(), p.getKey(), o.getValue().path("operationId").asText(), Set.copyOf(roles)));
            }
        }
        return List.copyOf(ops);
    }
}
