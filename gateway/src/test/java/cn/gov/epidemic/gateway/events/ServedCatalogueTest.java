package cn.gov.epidemic.gateway.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The servers of the served document: one per configured bootstrap address, and none (said so) when there is none. */
class ServedCatalogueTest {

    private static ObjectNode shipped() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("{\"asyncapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"description\":\"Events.\"},"
                + "\"defaultContentType\":\"application/json\",\"servers\":{\"kafka\":{\"host\":\"kafka:9092\",\"protocol\":\"kafka\"}},\"channels\":{}}");
    }

    @Test
    void unsetTheDocumentSaysSoAndNamesNoHost() throws Exception {
        ObjectNode doc = ServedCatalogue.withBrokers(shipped(), List.of());
        assertFalse(doc.has("servers"), "no made-up host: " + doc);
        assertTrue(doc.path("info").path("description").asText().startsWith("Events."));
        assertTrue(doc.path("info").path("description").asText().contains("not configured on the gateway (gateway.events.brokers)"));
        assertEquals(doc, ServedCatalogue.withBrokers(shipped(), List.of(" ")), "a blank address is none");
    }

    @Test
    void eachConfiguredAddressIsAServer() throws Exception {
        ObjectNode doc = ServedCatalogue.withBrokers(shipped(), List.of("broker-1.gov.example:9093", "broker-2.gov.example:9093"));
        assertEquals("broker-1.gov.example:9093", doc.path("servers").path("kafka").path("host").asText());
        assertEquals("broker-2.gov.example:9093", doc.path("servers").path("kafka-2").path("host").asText());
        assertEquals("kafka", doc.path("servers").path("kafka-2").path("protocol").asText());
        assertEquals(List.of("asyncapi", "info", "defaultContentType", "servers", "channels"), List.copyOf(iterable(doc)));
        assertEquals("kafka:9092", shipped().path("servers").path("kafka").path("host").asText(), "the shipped document is left as it is");
    }

    private static List<String> iterable(ObjectNode doc) {
        List<String> names = new java.util.ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
