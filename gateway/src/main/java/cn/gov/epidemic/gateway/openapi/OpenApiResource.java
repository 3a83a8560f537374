package cn.gov.epidemic.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The suite's one OpenAPI document (JSON or YAML), public like the docs page that renders it ({@code /docs}). */
@Path("/openapi")
@Blocking
public class OpenApiResource {

    @Inject
    SuiteOpenApi openApi;

    @GET
    @Produces({"application/json", "application/yaml"})
    @Operation(hidden = true)
    public Response get(@QueryParam("format") String format, @jakarta.ws.rs.HeaderParam(HttpHeaders.ACCEPT) String accept,
                        @Context HttpServerRequest request) throws Exception {
        boolean yaml = "yaml".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("yaml"));
        return yaml ? Response.ok(openApi.yaml(request), "application/yaml").build() : Response.ok(openApi.document(request), "application/json").build();
    }

    @GET
    @Path(".json")
    @Produces("application/json")
    @Operation(hidden = true)
    public ObjectNode json(@Context HttpServerRequest request) {
        return openApi.document(request);
    }

    @GET
    @Path(".yaml")
    @Produces("application/yaml")
    @Operation(hidden = true)
    public String yaml(@Context HttpServerRequest request) throws Exception {
        return openApi.yaml(request);
    }
}
