package cn.gov.epidemic.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The docs page ({@code /docs/}, Swagger UI on the merged document) as a browser renders it (headless chromium):
 * every operation's summary is on the page as the document has it ("English · 中文"), and an operation opened by its
 * link shows its enum parameters' Chinese labels (the merge copies an enum's {@code x-enum-descriptions} into them).
 */
@QuarkusTest
class DocsPageTest {

    @Test
    void thePageRendersEverySummaryAndTheEnumLabels() throws Exception {
        JsonPath doc = RestAssured.given().get("/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> summaries = new ArrayList<>();
        String labelledOp = null, labelledText = null;
        for (Map.Entry<String, Map<String, Object>> p : paths.entrySet()) {
            for (Object op : p.getValue().values()) {
                if (!(op instanceof Map<?, ?> o) || !o.containsKey("summary")) continue;
                summaries.add((String) o.get("summary"));
                if (labelledOp == null && o.get("parameters") instanceof List<?> params) {
                    for (Object param : params) {
                        if (param instanceof Map<?, ?> pm && String.valueOf(pm.get("description")).contains("Values · 取值: ")) {
                            String d = String.valueOf(pm.get("description"));
                            labelledText = d.substring(d.indexOf("Values · 取值: ") + "Values · 取值: ".length()).split(",")[0];
                            labelledOp = "#/" + ((List<?>) o.get("tags")).get(0).toString().replace(' ', '_') + "/" + o.get("operationId");
                        }
                    }
                }
            }
        }
        String page = render("/docs/");
        long rendered = summaries.stream().filter(s -> page.contains(escape(s))).count();
        long chinese = summaries.stream().filter(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        System.out.printf("[test] docs page: %d operation summaries in the document, %d with Chinese, %d rendered on the page%n",
                summaries.size(), chinese, rendered);
        assertTrue(summaries.size() > 10, "the personnel service's operations are in the document: " + summaries.size());
        assertEquals(summaries.size(), rendered, "every summary is on the page as the document has it");
        if (labelledOp != null) {
            String opened = render("/docs/" + labelledOp);
            System.out.printf("[test] docs page: %s shows the enum label \"%s\": %s%n", labelledOp, labelledText, opened.contains(escape(labelledText)));
            assertTrue(opened.contains(escape(labelledText)), "the opened operation shows " + labelledText);
        } else {
            System.out.println("[test] docs page: no enum parameter with Chinese labels in the document yet");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The page's DOM once chromium has run its scripts (a generous virtual-time budget: the document is large). */
    private static String render(String path) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile-");
        Path out = Files.createTempFile("docs-page-", ".html");
        Process browser = new ProcessBuilder(BrowserCorsTest.chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=20000", "--dump-dom", "http://localhost:" + RestAssured.port + path)
                .redirectError(Path.of("target", "chromium-docs.log").toFile()).redirectOutput(out.toFile()).start();
        try {
            assertTrue(browser.waitFor(90, TimeUnit.SECONDS), "chromium rendered the page within 90 s");
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
            browser.waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
