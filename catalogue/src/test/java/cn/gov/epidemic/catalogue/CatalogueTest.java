package cn.gov.epidemic.catalogue;

import cn.gov.epidemic.catalogue.fixture.ThingEventDeclarations;
import cn.gov.epidemic.catalogue.fixture.WatcherEvents;
import cn.gov.epidemic.kit.events.CloudEventHeaders;
import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.messaging.Subscription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue written from fixture declarations (two services, three plus one event types, a subscription) and their documents. */
class CatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode doc(String module) throws Exception {
        try (InputStream in = CatalogueTest.class.getResourceAsStream("/fixture/" + module + ".json")) {
            return JSON.readTree(in);
        }
    }

    private static List<Catalogue.Input> inputs() throws Exception {
        return List.of(new Catalogue.Input("things", new ThingEventDeclarations(), doc("thing-service")),
                new Catalogue.Input("watcher", new WatcherEvents.Declarations(), doc("watcher-service")));
    }

    private Catalogue.Options options() {
        return new Catalogue.Options(tmp.resolve("out"), tmp.resolve("docs/events.md"), tmp.resolve("contracts/events"),
                "https://api.example", CatalogueResources.BROKER_PLACEHOLDER);
    }

    private Catalogue.Options written() throws Exception {
        Catalogue.Options o = options();
        List<Catalogue.Input> in = inputs();
        List<String> files = Catalogue.write(Catalogue.model(in), in, o);
        System.out.println("[test] committed files written: " + files.size());
        assertEquals(5, files.size(), "4 snapshots and events.md on the first build: " + files);
        return o;
    }

    @Test
    void asyncApiHasEveryTopicTypeHeaderAndGroup() throws Exception {
        Catalogue.Options o = written();
        JsonNode a = JSON.readTree(o.out().resolve("asyncapi.json").toFile());
        assertEquals(a, Catalogue.YAML.readTree(o.out().resolve("asyncapi.yaml").toFile()), "the YAML is the same document");
        assertEquals("3.0.0", a.path("asyncapi").asText());
        assertEquals(CatalogueResources.BROKER_PLACEHOLDER, a.at("/servers/kafka/host").asText());
        List<String> channels = new ArrayList<>();
        a.path("channels").fieldNames().forEachRemaining(channels::add);
        assertEquals(List.of("thing-events", "thing-events-dlq", "watcher-events", "watcher-events-dlq"), channels);
        assertEquals("thing.events.dlq", a.at("/channels/thing-events-dlq/address").asText());

        JsonNode m = a.at("/channels/thing-events/messages/thing-moved");
        assertEquals("cn.gov.epidemic.thing.thing.moved", m.path("name").asText());
        assertEquals("Flow 1: thing moved | to a new division", m.path("summary").asText());
        assertTrue(m.path("description").asText().contains("(ThingEvents.THING_MOVED); data Thing, schema version 1"), m.path("description").asText());
        assertTrue(m.path("description").asText().contains("Consumed by watcher-things (watcher-service)"));
        JsonNode fixed = m.at("/headers/allOf/1/properties");
        assertEquals("https://epidemic.gov.cn/events/schemas/cn.gov.epidemic.thing.thing.moved/v1.json", fixed.at("/ce_dataschema/const").asText());
        assertEquals("/thing-service", fixed.at("/ce_source/const").asText());
        assertEquals("thing", fixed.at("/ce_aggregatetype/const").asText());
        assertEquals("#/components/schemas/Thing", m.at("/payload/$ref").asText());
        assertEquals("string", m.at("/bindings/kafka/key/type").asText());
        assertEquals("#/components/schemas/WatcherStatus", a.at("/channels/watcher-events/messages/watch-started/payload/$ref").asText(),
                "a payload schema that clashes in the merge has the merged name");

        JsonNode headers = a.at("/components/schemas/CloudEventsHeaders/properties");
        int n = 0;
        for (CloudEventHeaders h : CloudEventHeaders.values()) {
            JsonNode where = h.deadLetter() ? a.at("/components/schemas/DeadLetterHeaders/allOf/1/properties") : headers;
            assertEquals(h.description(), where.path(h.header()).path("description").asText(), h.header());
            n++;
        }
        System.out.println("[test] headers documented: " + n);
        assertEquals("1.0", headers.at("/ce_specversion/const").asText());
        assertEquals("uuid", headers.at("/ce_id/format").asText());
        assertTrue(a.at("/components/schemas/CloudEventsHeaders/required").toString().contains("\"ce_id\""));
        assertFalse(a.at("/components/schemas/CloudEventsHeaders/required").toString().contains("ce_requestid"));

        JsonNode receive = a.at("/operations/watcher-things");
        assertEquals("receive", receive.path("action").asText());
        assertEquals("watcher-things", receive.at("/bindings/kafka/groupId/enum/0").asText());
        assertEquals(2, receive.path("messages").size());
        assertEquals("flow-1", receive.at("/tags/0/name").asText());
        assertTrue(receive.path("description").asText().contains("thing.registered (id, location.division)"), receive.path("description").asText());
        assertEquals("#/channels/thing-events-dlq", a.at("/operations/watcher-things-dead-letters/channel/$ref").asText());
        assertEquals("send", a.at("/operations/thing-service-publishes/action").asText());
        for (String s : List.of("Thing", "Location", "Part", "Status", "WatcherStatus")) assertTrue(a.at("/components/schemas").has(s), s);
    }

    @Test
    void eachTypeHasASelfContainedSchemaThatValidatesItsData() throws Exception {
        Catalogue.Options o = written();
        Path file = o.out().resolve("schemas/cn.gov.epidemic.thing.thing.registered/v1.json");
        JsonNode schema = JSON.readTree(file.toFile());
        assertEquals("https://epidemic.gov.cn/events/schemas/cn.gov.epidemic.thing.thing.registered/v1.json", schema.path("$id").asText());
        assertFalse(schema.toString().contains("#/components/"), "no reference leaves the document");
        assertTrue(schema.at("/$defs").has("Location") && schema.at("/$defs").has("Part") && schema.at("/$defs").has("Status"));
        assertEquals(Files.readString(file), Files.readString(o.contracts().resolve("cn.gov.epidemic.thing.thing.registered.v1.json")),
                "the snapshot is the served schema");

        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        JsonNode good = JSON.readTree("""
                {"id": "0e7f8c52-7a34-4f5e-9a0b-1c2d3e4f5a6b", "name": "pump", "location": {"division": "150102", "code": null},
                 "parts": [{"id": "0e7f8c52-7a34-4f5e-9a0b-1c2d3e4f5a6c", "label": "valve", "count": 2}], "status": "NEW"}""");
        JsonNode bad = JSON.readTree("""
                {"id": "0e7f8c52-7a34-4f5e-9a0b-1c2d3e4f5a6b", "location": {"code": "x"}, "parts": [{"count": "two"}], "status": "LOST"}""");
        assertEquals(0, validator.validate(good).size(), validator.validate(good).toString());
        int errors = validator.validate(bad).size();
        System.out.println("[test] violations of the bad payload: " + errors);
        assertTrue(errors >= 4, validator.validate(bad).toString()); // name, division missing; count a string; LOST not an enum value
    }

    @Test
    void mergedOpenApiAndTheTableAreWritten() throws Exception {
        Catalogue.Options o = written();
        JsonNode merged = JSON.readTree(o.out().resolve("openapi.json").toFile());
        assertEquals("https://api.example", merged.at("/servers/0/url").asText());
        assertTrue(merged.at("/paths").has("/things/{id}") && merged.at("/paths").has("/watches/{id}"));
        assertTrue(merged.at("/components/schemas").has("WatcherStatus"), "the clashing schema renamed");

        String md = Files.readString(o.docs());
        assertTrue(md.contains("| `thing.events` | `cn.gov.epidemic.thing.thing.moved` | `Thing` | Flow 1: thing moved \\| to a new division | "
                + "`watcher-things` (watcher-service) | [v1](../contracts/events/cn.gov.epidemic.thing.thing.moved.v1.json) |"), md);
        assertTrue(md.contains("| `watcher.events` | `cn.gov.epidemic.watcher.watch.started` | `WatcherStatus` (watcher-service's `Status`) | Watch started |  |"), md);
        assertTrue(md.contains("| `watcher-things` | watcher-service | `thing.events` | `thing.registered`, `thing.moved` | Flow 1: thing-service's thing "
                + "events start or move watches. | `ThingEvent` (thing.registered, thing.moved): `id`, `location.division` |"), md);

        List<Catalogue.Input> in = inputs();
        assertEquals(List.of(), Catalogue.write(Catalogue.model(in), in, o), "a second build with nothing changed touches no committed file");
    }

    @Test
    void aPayloadWithoutSchemaFailsListingEveryOne() throws Exception {
        EventSource lost = EventSource.of("lost-service", "lost.events", "/lost-service", "cn.gov.epidemic.lost", "Nothing documented.");
        lost.aggregate("a").event("a.made", Unlisted.class, "made");
        lost.aggregate("b").event("b.made", Unlisted.class, "made");
        EventDeclarations d = new EventDeclarations() {
            @Override
            public EventSource published() {
                return lost;
            }

            @Override
            public List<Class<? extends Subscription>> subscriptions() {
                return List.of();
            }
        };
        List<Catalogue.Input> in = new ArrayList<>(inputs());
        in.add(new Catalogue.Input("lost", d, JSON.readTree("{\"openapi\": \"3.1.0\", \"paths\": {}, \"components\": {\"schemas\": {}}}")));
        Catalogue.CatalogueException e = assertThrows(Catalogue.CatalogueException.class, () -> Catalogue.model(in));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("cn.gov.epidemic.lost.a.made v1 (lost-service): its payload"), e.problems().get(0));
        assertTrue(e.problems().get(1).contains("no schema Unlisted"), e.problems().get(1));
    }

    @Test
    void aFieldTheConsumerReadsThatTheProducerLacksFails() throws Exception {
        ObjectNode thing = (ObjectNode) doc("thing-service");
        ((ObjectNode) thing.at("/components/schemas/Location/properties")).remove("division");
        List<Catalogue.Input> in = List.of(new Catalogue.Input("things", new ThingEventDeclarations(), thing),
                new Catalogue.Input("watcher", new WatcherEvents.Declarations(), doc("watcher-service")));
        Catalogue.CatalogueException e = assertThrows(Catalogue.CatalogueException.class, () -> Catalogue.model(in));
        assertEquals(List.of("watcher-things (watcher-service): its record ThingEvent reads location.division of cn.gov.epidemic.thing.thing.registered, "
                        + "which thing-service's Thing does not have",
                "watcher-things (watcher-service): its record ThingEvent reads location.division of cn.gov.epidemic.thing.thing.moved, "
                        + "which thing-service's Thing does not have"), e.problems());
    }

    @Test
    void aBreakingChangeFailsTheBuildAndWritesNothing() throws Exception {
        Catalogue.Options o = written();
        ObjectNode thing = (ObjectNode) doc("thing-service");
        ((ObjectNode) thing.at("/components/schemas/Part/properties/count")).put("type", "string");
        List<Catalogue.Input> in = List.of(new Catalogue.Input("things", new ThingEventDeclarations(), thing),
                new Catalogue.Input("watcher", new WatcherEvents.Declarations(), doc("watcher-service")));
        Files.delete(o.out().resolve("asyncapi.json"));
        Catalogue.CatalogueException e = assertThrows(Catalogue.CatalogueException.class, () -> Catalogue.write(Catalogue.model(in), in, o));
        assertTrue(e.problems().contains("cn.gov.epidemic.thing.part.added.v1 $.count: type changed from integer to string"), e.getMessage());
        assertTrue(e.problems().contains("cn.gov.epidemic.thing.thing.registered.v1 $.parts[].count: type changed from integer to string"), e.getMessage());
        assertFalse(Files.exists(o.out().resolve("asyncapi.json")), "nothing written");
        try (Stream<Path> files = Files.list(o.contracts())) {
            assertEquals(4, files.count());
        }
    }

    /** A payload whose schema no document has. */
    record Unlisted(String x) {
    }
}
