package cn.gov.epidemic.gateway.events;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Each event type's payload schema at the path of its {@code ce_dataschema} URI
 * ({@code /events/schemas/<ce_type>/v<N>.json}), so that a consumer can fetch the schema a record names.
 */
@Path("/events/schemas")
@Blocking
public class EventSchemaResource {

    @Inject
    ServedCatalogue catalogue;

    @GET
    @Path("{type}/{version}")
    @Produces({"application/schema+json", "application/json"})
    @Operation(hidden = true)
    public JsonNode schema(@PathParam("type") String type, @PathParam("version") String version) {
        return catalogue.schema(type, version).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, Text.of(
                "No event schema " + cut(type) + "/" + cut(version) + "; /asyncapi lists every event type and its dataschema.",
                "不存在事件数据模式 " + cut(type) + "/" + cut(version) + "；/asyncapi 列出了每种事件类型及其 dataschema。")));
    }

    private static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
