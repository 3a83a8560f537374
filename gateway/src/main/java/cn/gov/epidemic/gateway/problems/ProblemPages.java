package cn.gov.epidemic.gateway.problems;

import cn.gov.epidemic.kitweb.openapi.OpenApiMerger;
import cn.gov.epidemic.gateway.openapi.SuiteOpenApi;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemCatalogue;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page of every problem type at its type URI ({@code /problems/<slug>}) and the list of them all ({@code /problems}):
 * bilingual HTML for a person, JSON with {@code Accept: application/json}. Public, like the docs page: they are
 * documentation. The catalogue is the merged document's {@code x-problem-types} (each service's, built from its code)
 * plus the kit's types, which the gateway raises itself.
 */
@Path("/problems")
@Blocking
public class ProblemPages {

    @Inject
    SuiteOpenApi openApi;
    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(hidden = true)
    public Response list(@HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Map<String, ObjectNode> all = catalogue();
        if (wantsJson(accept)) {
            ArrayNode out = mapper.createArrayNode();
            all.values().forEach(out::add);
            return Response.ok(out, "application/json").build();
        }
        StringBuilder rows = new StringBuilder();
        for (ObjectNode t : all.values()) {
            String slug = t.path("slug").asText();
            rows.append("<tr><td><a href=\"/problems/").append(esc(slug)).append("\"><code>").append(esc(slug)).append("</code></a></td><td>")
                    .append(t.path("status").asInt()).append("</td><td>").append(esc(t.path("title").path("zh").asText()))
                    .append("</td><td>").append(esc(t.path("title").path("en").asText())).append("</td></tr>\n");
        }
        return html("问题类型 · Problem types", "<h1>问题类型 <span class=en>Problem types</span></h1>\n"
                + "<p>接口返回的每个错误（application/problem+json）都以 <code>type</code> 标明其问题类型；以下是全部类型。"
                + " <span class=en>Every error the API answers (application/problem+json) names its problem type in <code>type</code>; these are all of them."
                + " JSON: <code>Accept: application/json</code>.</span></p>\n"
                + "<table><tr><th>type</th><th>HTTP</th><th>标题</th><th>Title</th></tr>\n" + rows + "</table>\n"
                + "<p><a href=\"/docs/\">接口文档 <span class=en>API documentation</span></a></p>");
    }

    @GET
    @Path("{slug}")
    @Operation(hidden = true)
    public Response one(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ObjectNode t = catalogue().get(slug);
        if (t == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, Text.of("No problem type is called '" + cut(slug) + "'; /problems lists them all.",
                    "不存在名为“" + cut(slug) + "”的问题类型；/problems 列出了全部类型。"));
        }
        if (wantsJson(accept)) return Response.ok(t, "application/json").build();
        StringBuilder services = new StringBuilder();
        t.path("services").forEach(s -> services.append(services.length() == 0 ? "" : ", ").append(esc(s.asText())));
        String zh = esc(t.path("title").path("zh").asText());
        String en = esc(t.path("title").path("en").asText());
        return html(zh + " · " + en, "<p><a href=\"/problems\">问题类型 <span class=en>Problem types</span></a></p>\n"
                + "<h1>" + zh + " <span class=en>" + en + "</span></h1>\n"
                + "<dl><dt>type</dt><dd><code>" + esc(slug) + "</code></dd>"
                + "<dt>HTTP 状态码 <span class=en>status</span></dt><dd>" + t.path("status").asInt() + "</dd>"
                + (services.length() == 0 ? "" : "<dt>服务 <span class=en>raised by</span></dt><dd>" + services + "</dd>") + "</dl>\n"
                + "<h2>含义与处理 <span class=en>What it means, what to do</span></h2>\n"
                + "<p lang=zh-CN>" + esc(t.path("description").path("zh").asText()) + "</p>\n"
                + "<p lang=en class=en>" + esc(t.path("description").path("en").asText()) + "</p>\n"
                + "<p>回答中的 <code>detail</code> 说明此次的具体情况，<code>requestId</code> 用于报告问题。"
                + " <span class=en>The answer's <code>detail</code> says what happened this time; quote its <code>requestId</code> when reporting it.</span></p>");
    }

    /** Slug → entry: the kit's types first (the gateway's own problems), then the services' in document order. */
    Map<String, ObjectNode> catalogue() {
        Map<String, ObjectNode> all = new LinkedHashMap<>();
        for (ProblemType k : ProblemType.values()) all.put(k.slug(), mapper.valueToTree(ProblemCatalogue.entry(k)));
        for (JsonNode t : openApi.document().path(OpenApiMerger.PROBLEM_TYPES)) {
            if (t instanceof ObjectNode o) all.merge(o.path("slug").asText(), o, (kit, service) -> service);
        }
        return all;
    }

    private static boolean wantsJson(String accept) {
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    private Response html(String title, String body) {
        String page = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}"
                + ".en{color:#555}h1 .en,h2 .en{font-weight:normal}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}dt{font-weight:bold}</style></head>\n<body>\n"
                + body + "\n</body></html>\n";
        // Content-Language names both: the page is written in both languages
        return Response.ok(page, "text/html; charset=utf-8").header("Content-Language", "zh-CN, en").build();
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
