package cn.gov.epidemic.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event catalogue the gateway serves without credentials: the AsyncAPI document in JSON and YAML naming the
 * configured broker, the page {@code /docs/events} listing every message of that document in both languages, each
 * message's schema at its {@code ce_dataschema} path, and a 404 problem for a schema the catalogue does not have.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestEnvironment.class, restrictToAnnotatedClass = false)
class EventCatalogueTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> get(String path, String accept, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path));
        if (accept != null) b.header("Accept", accept);
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Each event message of the document: its ce_type (the headers' const) and its dataschema (idem). */
    static List<String[]> messages(JsonNode doc) {
        List<String[]> out = new ArrayList<>();
        doc.path("channels").forEach(ch -> {
            if (ch.path("address").asText().endsWith(".dlq")) return;
            ch.path("messages").forEach(m -> {
                String type = null, dataschema = null;
                for (JsonNode part : m.path("headers").path("allOf")) {
                    type = part.path("properties").path("ce_type").path("const").asText(type);
                    dataschema = part.path("properties").path("ce_dataschema").path("const").asText(dataschema);
                }
                out.add(new String[]{type, dataschema});
            });
        });
        return out;
    }

    @Test
    void theDocumentIsServedInBothFormatsWithTheConfiguredBroker() throws Exception {
        HttpResponse<String> json = get("/asyncapi", null, null);
        assertEquals(200, json.statusCode(), "public, like /openapi: no API key");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode doc = JSON.readTree(json.body());
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertEquals(GatewayTestEnvironment.kafkaBootstrap, doc.path("servers").path("kafka").path("host").asText(), "servers: the configured broker");
        assertEquals("kafka", doc.path("servers").path("kafka").path("protocol").asText());
        YAMLMapper yaml = new YAMLMapper();
        for (String[] variant : new String[][]{{"/asyncapi", "application/yaml"}, {"/asyncapi?format=yaml", null}, {"/asyncapi.yaml", null}}) {
            HttpResponse<String> y = get(variant[0], variant[1], null);
            assertEquals(200, y.statusCode(), variant[0]);
            assertTrue(y.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"), variant[0]);
            assertEquals(doc, JSON.readTree(JSON.writeValueAsString(yaml.readTree(y.body()))), variant[0] + " is the same document");
        }
        assertEquals(doc, JSON.readTree(get("/asyncapi.json", null, null).body()));
        List<String[]> messages = messages(doc);
        System.out.printf("[test] asyncapi: %d channels, %d event messages, broker %s, served as JSON and YAML (3 ways)%n",
                doc.path("channels").size(), messages.size(), doc.path("servers").path("kafka").path("host").asText());
        assertTrue(messages.size() > 10, "the catalogue has the suite's event types: " + messages.size());
        JsonNode openapi = JSON.readTree(get("/openapi", "application/json", null).body());
        assertTrue(openapi.path("info").path("description").asText().contains("(/docs/events)"), "the docs page (/docs/) links the event catalogue");
    }

    @Test
    void thePageListsEveryMessageOfTheDocumentInBothLanguages() throws Exception {
        JsonNode doc = JSON.readTree(get("/asyncapi", null, null).body());
        List<String[]> messages = messages(doc);
        HttpResponse<String> zh = get("/docs/events", "text/html", null);
        HttpResponse<String> en = get("/docs/events", "text/html", "en");
        assertEquals(200, zh.statusCode());
        assertEquals(200, en.statusCode());
        assertEquals("zh-CN", zh.headers().firstValue("Content-Language").orElse(""));
        assertEquals("en", en.headers().firstValue("Content-Language").orElse(""));
        int onPage = 0;
        for (String[] m : messages) {
            for (HttpResponse<String> page : List.of(zh, en)) {
                assertTrue(page.body().contains("<h4 id=\"" + m[0] + "\">"), m[0] + " has its section");
                assertTrue(m[1] == null || page.body().contains("href=\"" + URI.create(m[1]).getPath() + "\""), m[0] + " links its schema");
            }
            onPage++;
        }
        for (String section : List.of("如何接入", "主题", "消息头与键", "事件类型", "死信主题", "数据类型", "本套件的消费组", "ce_id", "&lt;贵系统&gt;-&lt;用途&gt;")) {
            assertTrue(zh.body().contains(section), "the Chinese page has " + section);
        }
        for (String section : List.of("How to connect", "Topics", "Headers and key", "Event types", "Dead-letter topics", "Data types",
                "&lt;your-system&gt;-&lt;purpose&gt;", "personnel.events.dlq", "checkpoint-staffing", "dlq_reason")) {
            assertTrue(en.body().contains(section), "the English page has " + section);
        }
        assertTrue(zh.body().contains(GatewayTestEnvironment.kafkaBootstrap) && en.body().contains(GatewayTestEnvironment.kafkaBootstrap), "How to connect names the broker");
        assertFalse(zh.body().contains("<script"), "no script: rendered on the server");
        assertFalse(en.body().contains("<your-system>"), "text is HTML-escaped");
        System.out.printf("[test] events page: %d messages in the document, %d with their section and schema link on the page (zh and en)%n",
                messages.size(), onPage);
        assertEquals(messages.size(), onPage);
    }

    @Test
    void everyDataschemaPathAnswersAndAnUnknownOneIs404() throws Exception {
        JsonNode doc = JSON.readTree(get("/asyncapi", null, null).body());
        int served = 0;
        for (String[] m : messages(doc)) {
            assertTrue(m[1] != null && m[1].matches("https://epidemic\\.gov\\.cn/events/schemas/" + java.util.regex.Pattern.quote(m[0]) + "/v[0-9]+\\.json"),
                    m[0] + " names its dataschema: " + m[1]);
            HttpResponse<String> s = get(URI.create(m[1]).getPath(), null, null);
            assertEquals(200, s.statusCode(), m[1]);
            assertTrue(s.headers().firstValue("Content-Type").orElse("").startsWith("application/schema+json"), m[1]);
            JsonNode schema = JSON.readTree(s.body());
            assertTrue(schema.has("$schema") && (schema.has("type") || schema.has("$ref") || schema.has("allOf")), m[1] + " is a JSON Schema");
            served++;
        }
        System.out.printf("[test] event schemas: %d served at their ce_dataschema path%n", served);
        for (String unknown : List.of("/events/schemas/cn.gov.epidemic.personnel.no-such.event/v1.json",
                "/events/schemas/" + messages(doc).get(0)[0] + "/v999.json", "/events/schemas/" + messages(doc).get(0)[0] + "/v1.yaml",
                "/events/schemas/%2E%2E/asyncapi.json", "/events/schemas/cn.gov.epidemic..personnel/v1.json", "/events/schemas/asyncapi.json/v1.json")) {
            HttpResponse<String> r = get(unknown, null, "en");
            assertEquals(404, r.statusCode(), unknown);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), unknown);
            JsonNode p = JSON.readTree(r.body());
            assertTrue(p.path("type").asText().endsWith("/problems/not-found"), unknown + ": " + r.body());
            assertFalse(r.body().contains("sql") || r.body().contains("Exception"), unknown);
        }
    }
}
