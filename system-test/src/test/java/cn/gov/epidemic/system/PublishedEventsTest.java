package cn.gov.epidemic.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event catalogue the gateway serves matches what the suite publishes: every record of the three topics, from the
 * beginning, after the scenario, the demo data and the contract tests (class order) and the actions this test drives
 * for the types they do not publish, is a message of the served AsyncAPI document, carries the headers its schema
 * requires with the values it allows, has data valid against the schema served at its {@code ce_dataschema} path,
 * and names that schema in {@code ce_dataschema}; every event type of the document is seen at least once.
 */
@Order(4)
class PublishedEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final String[] TOPICS = {"personnel.events", "supplies.events", "checkpoint.events"};

    /** One event type of the document: its topic, its headers' schema (self-contained), its dataschema URI. */
    record Message(String type, String topic, JsonNode headers, String dataschema) {
    }

    @Test
    void everyPublishedRecordIsAMessageOfTheServedCatalogue() throws Exception {
        Suite suite = Suite.get();
        JsonNode doc = JSON.readTree(RestAssured.given().baseUri(suite.gateway).get("/asyncapi").then().statusCode(200).extract().asString());
        String yaml = RestAssured.given().baseUri(suite.gateway).get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "served-asyncapi.yaml"), yaml, StandardCharsets.UTF_8); // linted by .ci/run (Spectral, AsyncAPI)
        assertEquals(suite.kafka, doc.path("servers").path("kafka").path("host").asText(), "the served document names the suite's broker");
        Map<String, Message> messages = messages(doc);
        assertTrue(messages.size() > 10, "the document lists the suite's event types: " + messages.keySet());

        Set<String> before = new TreeSet<>();
        Broker.readAll(suite.kafka, TOPICS).forEach(r -> before.add(r.headers().get("ce_type")));
        Set<String> unseen = new TreeSet<>(messages.keySet());
        unseen.removeAll(before);
        System.out.printf("[test] events: %d types of the document not published by the scenario, the demo data and the contract tests: %s%n",
                unseen.size(), unseen);
        Map<List<String>, String> notDriven = new EventDriver(suite).drive(unseen);

        // the events of those actions are relayed after their commits, and some come from a consumer of another service
        List<Broker.Record> records = Broker.readAll(suite.kafka, TOPICS);
        for (long end = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos(); System.nanoTime() < end; ) {
            Set<String> types = new TreeSet<>();
            records.forEach(r -> types.add(r.headers().get("ce_type")));
            if (types.containsAll(messages.keySet())) break;
            Thread.sleep(1000);
            records = Broker.readAll(suite.kafka, TOPICS);
        }
        Map<String, JsonSchema> payloadSchemas = new HashMap<>();
        Map<String, Integer> seen = new TreeMap<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (Broker.Record r : records) {
            String type = r.headers().get("ce_type");
            String where = r.topic() + "/" + r.partition() + "@" + r.offset() + " " + type;
            Message m = messages.get(type);
            if (m == null) {
                fail(failures, "type not in the document", where);
                continue;
            }
            seen.merge(type, 1, Integer::sum);
            if (!m.topic().equals(r.topic())) fail(failures, "published on another topic than the document's", where + " (document: " + m.topic() + ")");
            ObjectNode headers = JSON.createObjectNode();
            r.headers().forEach(headers::put);
            for (ValidationMessage v : FACTORY.getSchema(m.headers(), CONFIG).validate(headers)) fail(failures, "headers against the document", where + ": " + v.getMessage());
            if (!m.dataschema().equals(r.headers().get("ce_dataschema"))) {
                fail(failures, "ce_dataschema is not the message's dataschema", where + ": " + r.headers().get("ce_dataschema") + " (document: " + m.dataschema() + ")");
            }
            JsonSchema payload = payloadSchemas.computeIfAbsent(m.dataschema(), uri -> FACTORY.getSchema(served(suite, uri), CONFIG));
            for (ValidationMessage v : payload.validate(JSON.readTree(r.value()))) fail(failures, "data against the served schema", where + ": " + v.getMessage());
        }
        Set<String> neverSeen = new TreeSet<>(messages.keySet());
        neverSeen.removeAll(seen.keySet());
        int failed = failures.values().stream().mapToInt(List::size).sum();
        failures.forEach((kind, list) -> System.out.printf("[test] events: %d failures: %s, e.g. %s%n", list.size(), kind, list.subList(0, Math.min(3, list.size()))));
        System.out.printf("[test] events: %d records of %d types validated, %d failures%n", records.size(), seen.size(), failed);
        assertEquals(Set.of(), neverSeen, "every event type of the document is published at least once (recipes that failed: " + notDriven + ")");
        assertEquals(Map.of(), failures, "every record matches the served catalogue");
    }

    /** The schema at the path of its dataschema URI, from the gateway. */
    private static JsonNode served(Suite suite, String dataschema) {
        try {
            return JSON.readTree(RestAssured.given().baseUri(suite.gateway).get(URI.create(dataschema).getRawPath()).then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(dataschema, e);
        }
    }

    private static void fail(Map<String, List<String>> failures, String kind, String what) {
        failures.computeIfAbsent(kind, k -> new ArrayList<>()).add(what);
    }

    /**
     * Each event message of the document by its type (the const of its {@code ce_type} header, else its name); the
     * dataschema is the const of its {@code ce_dataschema} header; the headers' schema carries the document's
     * components so that its references resolve.
     */
    static Map<String, Message> messages(JsonNode doc) {
        Map<String, Message> out = new TreeMap<>();
        doc.path("channels").forEach(ch -> {
            String topic = ch.path("address").asText();
            if (topic.endsWith(".dlq")) return;
            ch.path("messages").forEach(m -> {
                JsonNode msg = m.has("$ref") ? doc.at(m.get("$ref").asText().substring(1)) : m;
                String type = constant(doc, msg.path("headers"), "ce_type");
                if (type == null) type = msg.path("name").asText();
                String dataschema = constant(doc, msg.path("headers"), "ce_dataschema");
                if (dataschema == null) dataschema = msg.path("x-dataschema").asText(null);
                ObjectNode headers = msg.path("headers").deepCopy();
                headers.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                headers.set("components", doc.path("components"));
                out.put(type, new Message(type, topic, headers, String.valueOf(dataschema)));
            });
        });
        return out;
    }

    /** The {@code const} a header schema gives one header, through references and {@code allOf}. */
    private static String constant(JsonNode doc, JsonNode schema, String header) {
        if (schema.has("$ref")) return constant(doc, doc.at(schema.get("$ref").asText().substring(1)), header);
        String c = schema.path("properties").path(header).path("const").asText(null);
        for (JsonNode part : schema.path("allOf")) {
            String p = constant(doc, part, header);
            if (p != null) c = p;
        }
        return c;
    }
}
