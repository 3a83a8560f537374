package cn.gov.epidemic.gateway.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The suite's event catalogue, AsyncAPI 3.0 (JSON or YAML, as {@code /openapi}); public like the page that renders it. */
@Path("/asyncapi")
@Blocking
public class AsyncApiResource {

    @Inject
    ServedCatalogue catalogue;

    @GET
    @Produces({"application/json", "application/yaml"})
    @Operation(hidden = true)
    public Response get(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) throws Exception {
        boolean yaml = "yaml".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("yaml"));
        return yaml ? Response.ok(catalogue.yaml(), "application/yaml").build() : Response.ok(catalogue.document(), "application/json").build();
    }

    @GET
    @Path(".json")
    @Produces("application/json")
    @Operation(hidden = true)
    public ObjectNode json() {
        return catalogue.document();
    }

    @GET
    @Path(".yaml")
    @Produces("application/yaml")
    @Operation(hidden = true)
    public String yaml() throws Exception {
        return catalogue.yaml();
    }
}
