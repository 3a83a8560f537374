package cn.gov.epidemic.testkit.contracts;

import cn.gov.epidemic.kit.events.Aggregate;
import cn.gov.epidemic.kit.events.ConsumedEvent;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kit.messaging.Subscription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract machinery end to end without a service: a consumer's record of a deployment event becomes a pact file,
 * which a producer's JSON then passes or fails as Pact's matchers decide.
 */
class MessageContractTest {

    enum Destination { CHECKPOINT, VILLAGE, COMMUNITY }

    /** The consumer's record of what it reads (as checkpoint-service would declare it). */
    record Member(@NotNull UUID personId, @NotBlank String name) {
    }

    record Staffing(@NotNull UUID deploymentId, @NotBlank String destinationCode, @NotNull Destination destinationType,
                    @NotNull OffsetDateTime activatedAt, LocalDate endsOn, @NotNull @JsonProperty("officerCount") Integer officers, String note,
                    @NotNull List<Member> members, List<String> tags) {
    }

    static final ConsumedEvent<Staffing> ACTIVATED =
            ConsumedEvent.of("personnel.events", "cn.gov.epidemic.personnel.deployment.activated", Staffing.class);

    static final Staffing EXAMPLE = new Staffing(UUID.fromString("5b1f8c2e-3d4a-4e6f-9a1b-2c3d4e5f6a7b"), "150100-K01",
            Destination.CHECKPOINT, OffsetDateTime.of(2020, 2, 3, 8, 0, 0, 0, ZoneOffset.ofHours(8)), LocalDate.of(2020, 2, 29),
            12, "night shift", List.of(new Member(UUID.fromString("0c7d9e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f"), "巴特尔")), List.of("border"));

    /** The producer's view (what personnel-service would publish): more fields than the consumer reads. */
    record DeploymentView(UUID deploymentId) {
    }

    static final EventSource SOURCE = EventSource.of("personnel-service", "personnel.events", "/personnel-service",
            "cn.gov.epidemic.personnel", "prototype");
    static final Aggregate DEPLOYMENT = SOURCE.aggregate("deployment");
    static final EventType<DeploymentView> DEPLOYMENT_ACTIVATED = DEPLOYMENT.event("deployment.activated", DeploymentView.class, "prototype");
    static final EventType<DeploymentView> DEPLOYMENT_ENDED = DEPLOYMENT.event("deployment.ended", DeploymentView.class, "prototype");

    /** What the producer really publishes today, field for field with the consumer's record plus its own. */
    static final String PRODUCED = """
            {"deploymentId":"9d2c6b1a-0e4f-4a3b-8c7d-6e5f4a3b2c1d","planId":"1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b",
             "destinationCode":"150100-K07","destinationType":"CHECKPOINT","activatedAt":"2020-02-04T06:30:00.123456Z",
             "endsOn":null,"officerCount":30,"note":null,"unitName":"呼和浩特市公安局",
             "members":[{"personId":"7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d","name":"王芳","rank":"officer"}],"tags":[]}""";

    static final ObjectMapper JSON = new ObjectMapper();

    /** Not contracts/pacts: the prototype's services are made up; the file stays in target/ to be read. */
    static final Path pacts = Path.of("target", "prototype-pacts");

    @BeforeAll
    static void consumerWritesItsPact() {
        ConsumerPact.between("checkpoint-service", "personnel-service").expects(ACTIVATED, EXAMPLE).write(pacts);
    }

    private static List<ProviderPact.Verification> verify(String produced) {
        List<ProviderPact.Verification> v = ProviderPact.of(SOURCE).from(pacts).produces(DEPLOYMENT_ACTIVATED, () -> produced).verify();
        v.forEach(r -> System.out.println("[test] " + r));
        return v;
    }

    private static String edit(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode n = (ObjectNode) JSON.readTree(PRODUCED);
        change.accept(n);
        return JSON.writeValueAsString(n);
    }

    @Test
    void theConsumerWritesAV4MessagePactMatchingEveryFieldOfItsRecordByType() throws Exception {
        Path file = pacts.resolve("checkpoint-service-personnel-service.json");
        assertTrue(Files.isRegularFile(file));
        JsonNode pact = JSON.readTree(file.toFile());
        assertEquals("checkpoint-service", pact.at("/consumer/name").asText());
        assertEquals("personnel-service", pact.at("/provider/name").asText());
        assertEquals("4.0", pact.at("/metadata/pactSpecification/version").asText());
        JsonNode m = pact.at("/interactions/0");
        assertEquals("Asynchronous/Messages", m.get("type").asText());
        assertEquals(ACTIVATED.type(), m.get("description").asText());
        assertEquals(ACTIVATED.type(), m.at("/metadata/ce_type").asText());
        JsonNode rules = m.at("/matchingRules/body");
        for (String path : List.of("$.deploymentId", "$.destinationCode", "$.destinationType", "$.activatedAt", "$.endsOn",
                "$.officerCount", "$.note", "$.members", "$.members[*].personId", "$.members[*].name", "$.tags")) {
            assertTrue(rules.has(path), "a rule for " + path + " in " + rules);
        }
        assertEquals("regex", rules.at("/$.deploymentId/matchers/0/match").asText());
        assertEquals("CHECKPOINT|VILLAGE|COMMUNITY".replaceAll("([A-Z]+)", "\\\\Q$1\\\\E"), rules.at("/$.destinationType/matchers/0/regex").asText());
        assertEquals("integer", rules.at("/$.officerCount/matchers/0/match").asText());
        assertEquals(1, rules.at("/$.officerCount/matchers").size(), "a required field may not be null");
        assertEquals("null", rules.at("/$.note/matchers/1/match").asText(), "an optional field may be null");
        System.out.println("[test] pact rules written: " + rules.size());
        // the pact's own message binds through the kit, as the running subscription would bind it
        Staffing bound = Subscription.bindForTest(ACTIVATED, m.at("/contents/content").toString());
        assertEquals(EXAMPLE.deploymentId(), bound.deploymentId());
        assertEquals(EXAMPLE.activatedAt().toInstant(), bound.activatedAt().toInstant());
        // writing again gives the same bytes: CI compares contracts/ with what the build wrote
        byte[] first = Files.readAllBytes(file);
        ConsumerPact.between("checkpoint-service", "personnel-service").expects(ACTIVATED, EXAMPLE).write(pacts);
        assertEquals(new String(first), new String(Files.readAllBytes(file)));
    }

    @Test
    void theProducersRealJsonWithMoreFieldsAndNullOptionalsPasses() {
        List<ProviderPact.Verification> v = verify(PRODUCED);
        assertEquals(1, v.size());
        assertTrue(v.get(0).ok(), v.toString());
    }

    @Test
    void aFieldTheConsumerReadsRenamedByTheProducerFails() throws Exception {
        String renamed = edit(n -> n.set("checkpointCode", n.remove("destinationCode")));
        ProviderPact.Verification v = verify(renamed).get(0);
        assertFalse(v.ok());
        assertTrue(v.mismatches().stream().anyMatch(s -> s.contains("destinationCode")), v.toString());
        // and the consumer's real binding would have dead-lettered it
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Subscription.bindForTest(ACTIVATED, renamed));
        assertTrue(refused.getMessage().contains("destinationCode"), refused.getMessage());
    }

    @Test
    void aFieldOfANestedListRenamedFails() throws Exception {
        ProviderPact.Verification v = verify(edit(n -> {
            ObjectNode member = (ObjectNode) n.get("members").get(0);
            member.set("fullName", member.remove("name"));
        })).get(0);
        assertFalse(v.ok());
        assertTrue(v.mismatches().stream().anyMatch(s -> s.contains("members") && s.contains("name")), v.toString());
    }

    @Test
    void aChangedTypeANullRequiredFieldAndAnUnknownEnumConstantFail() throws Exception {
        assertFalse(verify(edit(n -> n.put("officerCount", "30"))).get(0).ok(), "a string for an integer");
        assertFalse(verify(edit(n -> n.putNull("activatedAt"))).get(0).ok(), "null for a required field");
        assertFalse(verify(edit(n -> n.put("deploymentId", "not-a-uuid"))).get(0).ok(), "not a UUID");
        assertFalse(verify(edit(n -> n.put("destinationType", "AIRPORT"))).get(0).ok(), "a constant the consumer does not know");
        assertFalse(verify(edit(n -> n.put("activatedAt", "2020-02-04"))).get(0).ok(), "a date for a date and time");
    }

    @Test
    void aPactOfATypeTheProducerGivesNoWayToProduceFails() {
        List<ProviderPact.Verification> v = ProviderPact.of(SOURCE).from(pacts).produces(DEPLOYMENT_ENDED, () -> PRODUCED).verify();
        assertFalse(v.get(0).ok());
        assertTrue(v.get(0).mismatches().get(0).contains("ProviderPact.produces"), v.toString());
    }

    @Test
    void anExampleThatLeavesAFieldNullOrAHandledEventOutIsRefused() {
        Staffing partial = new Staffing(EXAMPLE.deploymentId(), "150100-K01", Destination.CHECKPOINT, EXAMPLE.activatedAt(),
                null, 12, "n", EXAMPLE.members(), EXAMPLE.tags());
        assertThrows(IllegalArgumentException.class, () -> ConsumerPact.between("c", "p").expects(ACTIVATED, partial).pact());
        ConsumedEvent<Staffing> ended = ConsumedEvent.of("personnel.events", "cn.gov.epidemic.personnel.deployment.ended", Staffing.class);
        Subscription both = new Subscription("checkpoint-staffing", "prototype") {
            @Override
            protected void declare(Handlers on) {
                on.event(ACTIVATED, e -> { }).event(ended, e -> { });
            }
        };
        AssertionError missing = assertThrows(AssertionError.class,
                () -> ConsumerPact.between("c", "p").expects(ACTIVATED, EXAMPLE).covering(both).pact());
        assertTrue(missing.getMessage().contains("deployment.ended"), missing.getMessage());
    }
}
