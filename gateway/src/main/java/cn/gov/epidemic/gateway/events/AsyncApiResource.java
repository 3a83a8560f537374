package cn.gov.epidemic.gateway.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The suite's event catalogue, AsyncAPI 3.0, public like the page that renders it: JSON, or YAML for
 * {@code ?format=yaml} or {@code Accept: application/yaml}, as {@code /openapi}; {@code /asyncapi.json} and
 * {@code /asyncapi.yaml} fix the format. One template with the suffix: a method's {@code @Path(".yaml")} below
 * {@code /asyncapi} would be {@code /asyncapi/.yaml}.
 */
@Path("/asyncapi{suffix:(\\.json|\\.yaml)?}")
@Blocking
public class AsyncApiResource {

    @Inject
    ServedCatalogue catalogue;

    @GET
    @Produces({"application/json", "application/yaml"})
    @Operation(hidden = true)
    public Response get(@PathParam("suffix") String suffix, @QueryParam("format") String format,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) throws Exception {
        boolean yaml = suffix != null && !suffix.isEmpty() ? suffix.equals(".yaml")
                : "yaml".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("yaml"));
        return yaml ? Response.ok(catalogue.yaml(), "application/yaml").build() : Response.ok(catalogue.document(), "application/json").build();
    }
}
