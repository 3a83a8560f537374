package cn.gov.epidemic.kitweb.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Declares the problem schema once (components: schema {@code Problem}, responses {@code Problem400} ...,
 * header {@code X-Request-Id}) and references it from every operation: 400 when it takes input, 404 when its
 * path has parameters, 413/415 when it takes a body, 500 always; any 4xx/5xx a resource declared without
 * content gets the problem content. Runs once, at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemOpenApiFilter implements OASFilter {

    private static final Map<String, String> RESPONSES = new LinkedHashMap<>();
    static final String CONTENT_LANGUAGE = "Content-Language";

    static {
        RESPONSES.put("400", "Invalid request: validation (see violations), malformed JSON, missing body or a parameter of the wrong type.");
        RESPONSES.put("401", "Missing, expired or invalid bearer token.");
        RESPONSES.put("403", "The caller's roles do not permit this operation.");
        RESPONSES.put("404", "No resource with this id, or no such path.");
        RESPONSES.put("409", "Conflict with the current state (unique value taken, concurrent modification, business rule).");
        RESPONSES.put("412", "If-Match does not match the current version.");
        RESPONSES.put("422", "Idempotency-Key already used for a different request.");
        RESPONSES.put("413", "Request body too large.");
        RESPONSES.put("415", "Content-Type not accepted; send application/json.");
        RESPONSES.put("500", "Unexpected server error; the body carries only the requestId.");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components c = openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createComponents();
        openAPI.setComponents(c);
        c.addSchema("ProblemViolation", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One refused input value.")
                .addProperty("field", string("JSON path into the request body (`lines[0].qty`) or the parameter name.").maxLength(1000))
                .addProperty("message", string("What is wrong with it, in the same language as the problem's title.").maxLength(2000))
                .required(List.of("message")));
        c.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Error body of every 4xx and 5xx response (RFC 9457, media type application/problem+json).")
                .addProperty("type", string("Stable URI of the problem type: the gateway's address + /problems/<slug>, a page that says what it"
                        + " means and what to do (HTML, or JSON with Accept: application/json; /problems lists them all), or about:blank."
                        + " Compare it, not the texts. The slugs, with their status, titles and descriptions in both languages, are the"
                        + " document's x-problem-types.").format("uri").maxLength(300))
                .addProperty("title", string("Short summary of the problem type, in the language chosen by Accept-Language (zh-CN by default, en for"
                        + " English; the Content-Language header says which).").maxLength(200))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)).description("HTTP status code."))
                .addProperty("detail", string("What happened in this occurrence, in the same language as the title.").maxLength(4000))
                .addProperty("instance", string("Path of the request (at most 2,048 characters, then ...).").maxLength(2051))
                .addProperty("requestId", string("Request id, also in the X-Request-Id response header; quote it when reporting a problem.").maxLength(128))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("ProblemViolation")).maxItems(Problem.MAX_VIOLATIONS)
                        .description("Refused values (validation problems only; at most " + Problem.MAX_VIOLATIONS + ", the detail counts them all)."))
                .required(List.of("type", "title", "status")));
        c.addHeader(RequestIds.HEADER, OASFactory.createHeader()
                .description("Request id: the caller's X-Request-Id when it matches [A-Za-z0-9._:-]{1,128}, else generated.")
                .schema(string(null).maxLength(128)));
        c.addHeader(CONTENT_LANGUAGE, OASFactory.createHeader()
                .description("The language of the problem's title, detail and messages: zh-CN (the default) or en (Accept-Language: en or en-*).")
                .schema(string(null).enumeration(List.of("zh-CN", "en"))));
        c.addParameter("RequestId", OASFactory.createParameter().name(RequestIds.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Optional correlation id, echoed in the X-Request-Id response header, the problem body and the logs."
                        + " A value that does not match [A-Za-z0-9._:-]{1,128} is replaced by a generated one (never refused).")
                .example("hohhot-psb-20200203-0001")
                .schema(string(null).maxLength(128)));
        openAPI.addExtension(ProblemCatalogue.EXTENSION, catalogue().stream().map(ProblemCatalogue::entry).toList());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) return;
        Set<String> used = new TreeSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(op -> decorate(path, op, used)));
        used.forEach(code -> c.addResponse("Problem" + code, problemResponse(RESPONSES.get(code)))); // no unused components
        if (used.contains("400")) {
            Map<String, Object> example = new LinkedHashMap<>(); // ordered: the document stays the same between builds
            example.put("type", typeBase() + ProblemType.VALIDATION.slug());
            example.put("title", ProblemType.VALIDATION.title().zh());
            example.put("status", 400);
            example.put("detail", "请求中有 1 个无效值。");
            example.put("instance", "/api/v1/personnel/people");
            example.put("requestId", "3f2c9a4e-1b7d-4c55-9a0e-5d1f0e7b2a61");
            example.put("violations", List.of(Map.of("field", "idCardNumber", "message", "必须是 18 位公民身份号码（GB 11643）：真实的行政区划代码、1900 年至今的出生日期和正确的校验码")));
            c.getResponses().get("Problem400").getContent().getMediaType(Problem.MEDIA_TYPE)
                    .addExample("validation", OASFactory.createExample().summary("A refused field").value(example));
        }
    }

    private void decorate(String path, Operation op, Set<String> used) {
        if (op.getResponses() == null) op.setResponses(OASFactory.createAPIResponses());
        APIResponses responses = op.getResponses();
        boolean hasBody = op.getRequestBody() != null;
        boolean hasParams = (op.getParameters() != null && !op.getParameters().isEmpty()) || path.contains("{");
        if (hasBody || hasParams) add(responses, "400", used);
        if (path.contains("{")) add(responses, "404", used);
        if (path.startsWith("/api/")) { // every API operation needs a token and a role (deny by default)
            add(responses, "401", used);
            add(responses, "403", used);
        }
        if (hasBody) {
            add(responses, "413", used);
            add(responses, "415", used);
        }
        add(responses, "500", used);
        for (String code : List.copyOf(responses.getAPIResponses().keySet())) {
            APIResponse r = responses.getAPIResponse(code);
            if (r.getRef() == null && code.matches("[45]\\d\\d") && r.getContent() == null) {
                if (RESPONSES.containsKey(code)) {
                    add(responses, code, used);
                } else {
                    r.setContent(problemContent());
                }
            } else if (r.getRef() == null) {
                r.addHeader(RequestIds.HEADER, OASFactory.createHeader().ref(RequestIds.HEADER));
            }
        }
        if (op.getParameters() != null) op.getParameters().forEach(ProblemOpenApiFilter::typedDefault);
        boolean declared = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> RequestIds.HEADER.equalsIgnoreCase(p.getName()) || (p.getRef() != null && p.getRef().endsWith("/RequestId")));
        if (!declared) op.addParameter(OASFactory.createParameter().ref("RequestId"));
    }

    /** {@code @DefaultValue("20")} arrives as the string "20": an integer parameter's default must be a number. */
    private static void typedDefault(Parameter p) {
        Schema s = p.getSchema();
        if (s == null || !(s.getDefaultValue() instanceof String text) || s.getType() == null) return;
        try {
            if (s.getType().contains(Schema.SchemaType.INTEGER)) s.setDefaultValue(Long.parseLong(text));
            else if (s.getType().contains(Schema.SchemaType.NUMBER)) s.setDefaultValue(new java.math.BigDecimal(text));
            else if (s.getType().contains(Schema.SchemaType.BOOLEAN)) s.setDefaultValue(Boolean.parseBoolean(text));
        } catch (NumberFormatException e) {
            // leave it: the document then shows what the code declares
        }
    }

    private static void add(APIResponses responses, String code, Set<String> used) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref("Problem" + code));
            used.add(code);
        }
    }

    private static APIResponse problemResponse(String description) {
        Header id = OASFactory.createHeader().ref(RequestIds.HEADER);
        return OASFactory.createAPIResponse().description(description).content(problemContent()).addHeader(RequestIds.HEADER, id)
                .addHeader(CONTENT_LANGUAGE, OASFactory.createHeader().ref(CONTENT_LANGUAGE));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    private static Schema string(String description) {
        Schema s = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return description == null ? s : s.description(description);
    }

    private static String typeBase() {
        return ConfigProvider.getConfig().getOptionalValue("problem.type-base", String.class).orElse(ConfiguredProblemTypeBase.DEFAULT);
    }

    private static List<ProblemKind> catalogue() {
        return ProblemCatalogue.of(ConfigProvider.getConfig().getOptionalValue("problem.catalogue", String.class));
    }
}
