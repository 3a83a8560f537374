package cn.gov.epidemic.kitweb.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the roles of every operation into its description ("Roles: personnel:read, admin."), from the one source
 * there is: the operation's security requirement, which {@code quarkus.smallrye-openapi.auto-add-security-requirement}
 * derives from its {@code @RolesAllowed}. So the documented roles cannot drift from the enforced ones, and tests and
 * the gateway's policy check can read them back from the document. Runs once, at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RolesOpenApiFilter implements OASFilter {

    static final String PREFIX = "Roles: ";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) return;
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() != null) item.getOperations().values().forEach(RolesOpenApiFilter::describe);
        });
    }

    private static void describe(Operation op) {
        Set<String> roles = roles(op.getSecurity());
        if (roles.isEmpty()) return; // not an API operation (no role needed): nothing to state
        String text = op.getDescription() == null ? "" : op.getDescription().strip();
        if (text.contains(PREFIX)) return;
        String line = PREFIX + String.join(", ", roles) + ".";
        op.setDescription(text.isEmpty() ? line : text + " " + line);
    }

    static Set<String> roles(List<SecurityRequirement> requirements) {
        Set<String> roles = new LinkedHashSet<>();
        if (requirements == null) return roles;
        for (SecurityRequirement r : requirements) {
            if (r.getSchemes() == null) continue;
            for (Map.Entry<String, List<String>> scheme : r.getSchemes().entrySet()) {
                if (scheme.getValue() != null) roles.addAll(scheme.getValue());
            }
        }
        return roles;
    }
}
