package cn.gov.epidemic.gateway;

import cn.gov.epidemic.testkit.ProblemCatalogueCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The type URI of every problem resolves: the gateway serves a bilingual page per type of the catalogue (the kit's
 * and the services', from their documents), a list of them all, JSON when asked, without credentials; an unknown
 * slug is a 404 problem. The gateway's own problems are in Chinese by default and in English when asked.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestEnvironment.class, restrictToAnnotatedClass = false)
class ProblemPagesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> get(String path, String accept, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path));
        if (accept != null) b.header("Accept", accept);
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyTypeOfTheCatalogueHasItsPageInBothLanguages() throws Exception {
        HttpResponse<String> list = get("/problems", "application/json", null);
        assertEquals(200, list.statusCode(), "public, like the docs page: no API key");
        JsonNode all = JSON.readTree(list.body());
        List<String> slugs = new ArrayList<>();
        all.forEach(t -> slugs.add(t.path("slug").asText()));
        // the kit's types (the gateway's own problems among them) and the running personnel service's own
        for (String expected : List.of("unauthorized", "forbidden", "too-many-requests", "bad-gateway", "gateway-timeout", "not-found",
                "invalid-state-transition", "person-already-deployed", "destination-not-grassroots")) {
            assertTrue(slugs.contains(expected), "catalogue has " + expected + ": " + slugs);
        }
        for (JsonNode t : all) {
            String slug = t.path("slug").asText();
            HttpResponse<String> page = get("/problems/" + slug, "text/html", null);
            assertEquals(200, page.statusCode(), slug);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), slug);
            for (String text : List.of(t.path("title").path("zh").asText(), t.path("title").path("en").asText(),
                    t.path("description").path("zh").asText(), String.valueOf(t.path("status").asInt()))) {
                assertTrue(!text.isBlank() && page.body().contains(esc(text)), slug + " page shows " + text);
            }
            HttpResponse<String> json = get("/problems/" + slug, "application/json", null);
            assertEquals(200, json.statusCode(), slug);
            JsonNode one = JSON.readTree(json.body());
            assertEquals(slug, one.path("slug").asText());
            assertEquals(t.path("status").asInt(), one.path("status").asInt());
        }
        HttpResponse<String> index = get("/problems", "text/html", null);
        assertEquals(200, index.statusCode());
        for (String slug : slugs) assertTrue(index.body().contains("href=\"/problems/" + slug + "\""), "the list links " + slug);
        System.out.printf("[test] problem pages served: %d types, each as HTML and JSON%n", slugs.size());
    }

    @Test
    void everyRaiseOfTheGatewayNamesACataloguedType() {
        ProblemCatalogueCheck.assertEveryRaiseCatalogued(null, Set.of(), Path.of("src/main/java"));
    }

    @Test
    void anUnknownSlugIsA404Problem() throws Exception {
        HttpResponse<String> r = get("/problems/no-such-problem", "text/html", "en");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("en", r.headers().firstValue("Content-Language").orElse(""));
        JsonNode p = JSON.readTree(r.body());
        assertTrue(p.path("type").asText().endsWith("/problems/not-found"), r.body());
        assertTrue(p.path("detail").asText().contains("no-such-problem"), r.body());
    }

    @Test
    void theGatewaysOwnProblemsFollowAcceptLanguageAndTheirTypeResolves() throws Exception {
        HttpResponse<String> zh = get("/api/v1/supplies/items", "application/json", null);
        assertEquals(401, zh.statusCode());
        assertEquals("zh-CN", zh.headers().firstValue("Content-Language").orElse(""));
        JsonNode zhBody = JSON.readTree(zh.body());
        assertEquals("需要身份认证", zhBody.path("title").asText());
        assertTrue(zhBody.path("detail").asText().contains("API 密钥"), zh.body());

        HttpResponse<String> en = get("/api/v1/supplies/items", "application/json", "en-US,en;q=0.9");
        assertEquals("en", en.headers().firstValue("Content-Language").orElse(""));
        JsonNode enBody = JSON.readTree(en.body());
        assertEquals("Authentication required", enBody.path("title").asText());
        assertEquals(zhBody.path("type"), enBody.path("type"));

        // the type URI's path is a page of this gateway (the base is configured in tests; unset, it is the gateway's address)
        String typePath = URI.create(enBody.path("type").asText()).getPath();
        assertEquals("/problems/unauthorized", typePath);
        HttpResponse<String> page = get(typePath, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("需要身份认证") && page.body().contains("Authentication required"), page.body());
    }

    @Test
    void theDocsLinkTheProblemPagesInBothLanguages() throws Exception {
        JsonNode doc = JSON.readTree(get("/openapi", "application/json", null).body());
        String description = doc.path("info").path("description").asText();
        assertTrue(description.contains("(/problems)") && description.contains("全部问题类型"), description);
        assertTrue(doc.path("x-problem-types").size() > 20, "merged catalogue");
        String typeDoc = doc.path("components").path("schemas").path("Problem").path("properties").path("type").path("description").asText();
        assertTrue(typeDoc.contains("/problems/<slug>"), typeDoc);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
