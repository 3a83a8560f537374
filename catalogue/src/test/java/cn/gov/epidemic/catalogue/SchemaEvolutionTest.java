package cn.gov.epidemic.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evolution rules, one by one, on a snapshot written by a first check: what breaks a consumer fails, the rest passes. */
class SchemaEvolutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V1 = "cn.gov.epidemic.thing.thing.registered.v1.json";
    private static final String V2 = "cn.gov.epidemic.thing.thing.registered.v2.json";

    @TempDir
    Path dir;
    private ObjectNode snapshot;

    @BeforeEach
    void firstBuild() throws Exception {
        snapshot = (ObjectNode) JSON.readTree("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://epidemic.gov.cn/events/schemas/cn.gov.epidemic.thing.thing.registered/v1.json",
                 "type": "object", "required": ["id", "name"],
                 "properties": {
                   "id": {"type": "string", "format": "uuid"},
                   "name": {"type": "string"},
                   "count": {"type": "integer"},
                   "weight": {"type": "number"},
                   "location": {"$ref": "#/$defs/Location"},
                   "tags": {"type": "array", "items": {"type": "string"}},
                   "status": {"type": "string", "enum": ["NEW", "MOVED"]}},
                 "$defs": {"Location": {"type": "object", "required": ["division"],
                   "properties": {"division": {"type": "string"}, "code": {"type": "string"}, "parent": {"$ref": "#/$defs/Location"}}}}}
                """);
        SchemaEvolution.Outcome first = SchemaEvolution.check(dir, Map.of(V1, snapshot));
        assertEquals(List.of(dir.resolve(V1)), first.written(), "a missing snapshot is written");
    }

    private List<String> breaksAfter(Consumer<ObjectNode> change) throws Exception {
        ObjectNode now = snapshot.deepCopy();
        change.accept(now);
        String before = Files.readString(dir.resolve(V1));
        SchemaEvolution.Outcome o = SchemaEvolution.check(dir, Map.of(V1, now));
        System.out.println("[test] " + o.breaks().size() + " break(s): " + o.breaks());
        if (!o.breaks().isEmpty()) assertEquals(before, Files.readString(dir.resolve(V1)), "a break never rewrites the snapshot");
        return o.breaks();
    }

    private static ObjectNode props(ObjectNode s) {
        return (ObjectNode) s.get("properties");
    }

    @Test
    void removedPropertyFails() throws Exception {
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.count: removed"), breaksAfter(s -> props(s).remove("count")));
    }

    @Test
    void renamedPropertyFails() throws Exception {
        List<String> breaks = breaksAfter(s -> props(s).set("total", props(s).remove("count")));
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.count: removed or renamed (new: total)"), breaks);
    }

    @Test
    void changedTypeFails() throws Exception {
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.count: type changed from integer to string"),
                breaksAfter(s -> ((ObjectNode) props(s).get("count")).put("type", "string")));
    }

    @Test
    void changedFormatFails() throws Exception {
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.id: format changed from uuid to uri"),
                breaksAfter(s -> ((ObjectNode) props(s).get("id")).put("format", "uri")));
    }

    @Test
    void requiredBecomingOptionalFails() throws Exception {
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.name: no longer required"),
                breaksAfter(s -> s.putArray("required").add("id")));
    }

    @Test
    void becomingNullableFails() throws Exception {
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.name: now nullable"),
                breaksAfter(s -> ((ObjectNode) props(s).get("name")).putArray("type").add("string").add("null")));
    }

    @Test
    void becomingNullableAsOpenApi31WritesItFails() throws Exception {
        // SmallRye's 3.1 form: anyOf [the schema, {type: null}]
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.location: now nullable"), breaksAfter(s -> {
            ObjectNode nullable = props(s).putObject("location");
            nullable.putArray("anyOf").add(JSON.createObjectNode().put("$ref", "#/$defs/Location")).add(JSON.createObjectNode().put("type", "null"));
        }));
    }

    @Test
    void aBreakInsideANullableReferenceFails() throws Exception {
        List<String> breaks = breaksAfter(s -> {
            ObjectNode nullable = props(s).putObject("location");
            nullable.putArray("anyOf").add(JSON.createObjectNode().put("$ref", "#/$defs/Location")).add(JSON.createObjectNode().put("type", "null"));
            ((ObjectNode) s.at("/$defs/Location/properties/code")).put("type", "integer");
        });
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.location: now nullable",
                "cn.gov.epidemic.thing.thing.registered.v1 $.location.code: type changed from string to integer"), breaks);
    }

    @Test
    void changedArrayItemsFail() throws Exception {
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.tags[]: type changed from string to integer"),
                breaksAfter(s -> ((ObjectNode) props(s).get("tags").get("items")).put("type", "integer")));
    }

    @Test
    void nestedBreakInsideReferencedComponentFails() throws Exception {
        List<String> breaks = breaksAfter(s -> ((ObjectNode) s.get("$defs").get("Location").get("properties")).remove("division"));
        // the recursive Location (parent) is compared once per level, not forever
        assertEquals(List.of("cn.gov.epidemic.thing.thing.registered.v1 $.location.division: removed"), breaks);
    }

    @Test
    void newOptionalFieldEnumValueAndDescriptionPassAndRewriteTheSnapshot() throws Exception {
        ObjectNode now = snapshot.deepCopy();
        props(now).putObject("colour").put("type", "string");
        ((ArrayNode) props(now).get("status").get("enum")).add("LOST");
        ((ObjectNode) props(now).get("name")).put("description", "What it is called.");
        ((ObjectNode) props(now).get("weight")).put("type", "integer"); // a narrowing: every integer is a number
        SchemaEvolution.Outcome o = SchemaEvolution.check(dir, Map.of(V1, now));
        assertEquals(List.of(), o.breaks());
        assertEquals(List.of(dir.resolve(V1)), o.written());
        assertEquals(Catalogue.pretty(now), Files.readString(dir.resolve(V1)), "the snapshot is the new schema");
        assertEquals(List.of(), SchemaEvolution.check(dir, Map.of(V1, now)).written(), "unchanged: not written again");
    }

    @Test
    void aNewVersionPassesAndIsWrittenBesideTheOld() throws Exception {
        ObjectNode v2 = snapshot.deepCopy();
        props(v2).remove("count"); // breaking, but as version 2
        v2.put("$id", "https://epidemic.gov.cn/events/schemas/cn.gov.epidemic.thing.thing.registered/v2.json");
        String v1Before = Files.readString(dir.resolve(V1));
        // both declared while the consumers move
        Map<String, ObjectNode> current = new TreeMap<>(Map.of(V1, snapshot, V2, v2));
        SchemaEvolution.Outcome o = SchemaEvolution.check(dir, current);
        assertEquals(List.of(), o.breaks());
        assertEquals(List.of(dir.resolve(V2)), o.written());
        assertEquals(v1Before, Files.readString(dir.resolve(V1)), "the old version's snapshot stays");
        assertEquals(Catalogue.pretty(v2), Files.readString(dir.resolve(V2)));
    }

    @Test
    void aVersionNoLongerDeclaredFailsUntilItsSnapshotIsDeleted() throws Exception {
        SchemaEvolution.Outcome gone = SchemaEvolution.check(dir, Map.of());
        System.out.println("[test] " + gone.breaks());
        assertEquals(1, gone.breaks().size());
        assertTrue(gone.breaks().get(0).startsWith("cn.gov.epidemic.thing.thing.registered.v1 no longer declared"), gone.breaks().get(0));
        assertTrue(Files.exists(dir.resolve(V1)), "nothing is deleted by the build");
        Files.delete(dir.resolve(V1)); // retired on purpose, in the change a reviewer sees
        assertEquals(List.of(), SchemaEvolution.check(dir, Map.of()).breaks());
    }

    @Test
    void oneBreakBlocksEveryWriteOfTheRun() throws Exception {
        ObjectNode broken = snapshot.deepCopy();
        props(broken).remove("name");
        ObjectNode other = snapshot.deepCopy();
        SchemaEvolution.Outcome o = SchemaEvolution.check(dir, new TreeMap<>(Map.of(V1, broken, "cn.gov.epidemic.thing.thing.moved.v1.json", other)));
        assertEquals(1, o.breaks().size());
        assertTrue(o.written().isEmpty());
        assertFalse(Files.exists(dir.resolve("cn.gov.epidemic.thing.thing.moved.v1.json")), "nothing written while a break stands");
    }
}
