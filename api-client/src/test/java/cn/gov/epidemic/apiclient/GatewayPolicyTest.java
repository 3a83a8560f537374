package cn.gov.epidemic.apiclient;

import cn.gov.epidemic.gateway.auth.PolicyRules;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.RoleTable;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's edge policy ({@code gateway.policy[...]} of its application.properties, as the gateway parses it)
 * against the role table of the merged OpenAPI document (each operation's "Roles: ..." from the services'
 * {@code @RolesAllowed}): every (method, path, role) of the table passes, every other role of the suite is refused.
 */
class GatewayPolicyTest {

    @Test
    void theEdgePolicyAdmitsExactlyTheRolesOfEveryOperation() throws Exception {
        List<RoleTable.Operation> table = RoleTable.fromFile(Path.of("target", "merged-openapi.json"));
        PolicyRules policy = PolicyRules.parse(policyLines());
        List<String> mismatches = new ArrayList<>();
        int allowed = 0, refused = 0;
        for (RoleTable.Operation op : table) {
            String path = op.samplePath();
            for (String role : Roles.ALL) {
                boolean expected = op.roles().contains(role);
                boolean actual = policy.allows(op.method(), path, Set.of(role));
                if (expected) allowed++;
                else refused++;
                if (expected != actual) mismatches.add(op + " as " + role + ": policy " + (actual ? "allows" : "refuses"));
            }
        }
        System.out.printf("[test] gateway policy vs merged role table: %d operations x %d roles, %d allowed, %d refused, %d mismatches%n",
                table.size(), Roles.ALL.size(), allowed, refused, mismatches.size());
        assertTrue(table.size() > 100, "the merged document has the three services' operations: " + table.size());
        assertEquals(List.of(), mismatches);
    }

    /** The policy lines in index order, from the gateway's own configuration file. */
    private static List<String> policyLines() throws Exception {
        Properties p = new Properties();
        try (InputStream in = PolicyRules.class.getClassLoader().getResourceAsStream("application.properties")) {
            assertTrue(in != null, "the gateway's application.properties is on the classpath");
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("gateway.policy[")) {
                lines.put(Integer.parseInt(name.substring("gateway.policy[".length(), name.length() - 1)), p.getProperty(name));
            }
        }
        assertTrue(!lines.isEmpty(), "policy lines found");
        return List.copyOf(lines.values());
    }
}
