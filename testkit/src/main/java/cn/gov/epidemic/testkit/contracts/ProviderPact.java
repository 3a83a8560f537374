package cn.gov.epidemic.testkit.contracts;

import au.com.dius.pact.core.matchers.BodyMatchResult;
import au.com.dius.pact.core.matchers.JsonContentMatcher;
import au.com.dius.pact.core.matchers.Matching;
import au.com.dius.pact.core.matchers.MatchingContext;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.matchingrules.MatchingRules;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.testkit.Sql;
import org.junit.jupiter.api.DynamicTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A producer's side of the message contracts: every pact in {@code contracts/pacts/} whose provider is this service,
 * each message compared by Pact's matchers with the data of a real event of its type, which the producer's test makes
 * by doing the real action ({@link #produces}). A field a consumer reads that the producer renamed, dropped or
 * retyped fails here, in the producer's module tests; a field the producer adds does not.
 */
public final class ProviderPact {

    private final EventSource source;
    private final Map<String, Supplier<String>> producers = new LinkedHashMap<>();
    private Path directory;

    /** The outcome for one message of one consumer's pact: no mismatches means verified. */
    public record Verification(String consumer, String type, List<String> mismatches) {
        public boolean ok() {
            return mismatches.isEmpty();
        }

        @Override
        public String toString() {
            return consumer + " reads " + type + (ok() ? ": verified" : ":\n  " + String.join("\n  ", mismatches));
        }
    }

    private ProviderPact(EventSource source) {
        this.source = source;
    }

    /** The pacts of the consumers of {@code source} (the producer's {@code event/*Events.SOURCE}). */
    public static ProviderPact of(EventSource source) {
        return new ProviderPact(source);
    }

    /** Reads the pacts from {@code directory} instead of the repository's {@code contracts/pacts/}. */
    public ProviderPact from(Path directory) {
        this.directory = directory;
        return this;
    }

    /**
     * How the test makes a real event of {@code type}: do the action (through the REST API or the service) and return
     * the event's data as published, e.g. {@link #outboxData}. Called once per consumer that reads the type.
     */
    public <P> ProviderPact produces(EventType<P> type, Supplier<String> data) {
        if (!source.types().contains(type)) throw new IllegalArgumentException(type + " is not of " + source);
        if (producers.putIfAbsent(type.type(), data) != null) throw new IllegalStateException("two ways to produce " + type.type());
        return this;
    }

    /** Verifies every message of every pact with this provider. */
    public List<Verification> verify() {
        Path dir = directory != null ? directory : PactFiles.directory();
        List<Verification> all = new ArrayList<>();
        for (Pact pact : PactFiles.withProvider(dir, source.service())) {
            for (Interaction i : pact.getInteractions()) all.add(verify(pact.getConsumer().getName(), i));
        }
        return all;
    }

    /** {@link #verify()} as one JUnit test per consumer and event type, for a {@code @TestFactory} of the producer. */
    public List<DynamicTest> tests() {
        List<Verification> all = verify();
        if (all.isEmpty()) {
            // a producer's contract test exists because consumers read its events: no pact is a missing file, not a pass
            Path dir = directory != null ? directory : PactFiles.directory();
            return List.of(DynamicTest.dynamicTest("pacts with " + source.service(), () -> {
                throw new AssertionError("no pact with provider " + source.service() + " in " + dir
                        + ": the consumers' pact files are missing (run their EventPactsTest and commit contracts/pacts/)");
            }));
        }
        System.out.println("[test] pact messages with " + source.service() + ": " + all.size() + ", verified "
                + all.stream().filter(Verification::ok).count());
        return all.stream().map(v -> DynamicTest.dynamicTest(v.consumer() + " reads " + v.type(), () -> {
            if (!v.ok()) throw new AssertionError(v.toString());
        })).toList();
    }

    private Verification verify(String consumer, Interaction interaction) {
        if (!interaction.isAsynchronousMessage()) {
            return new Verification(consumer, interaction.getDescription(), List.of("not an asynchronous message interaction"));
        }
        V4Interaction.AsynchronousMessage m = interaction.asAsynchronousMessage();
        Object t = m.getContents().getMetadata().get(ConsumerPact.CE_TYPE);
        String type = t != null ? t.toString() : m.getDescription();
        if (source.types().stream().noneMatch(e -> e.type().equals(type))) {
            return new Verification(consumer, type, List.of(source.service() + " no longer declares " + type));
        }
        Supplier<String> producer = producers.get(type);
        if (producer == null) {
            return new Verification(consumer, type, List.of("the producer's contract test does not say how to produce " + type
                    + " (ProviderPact.produces)"));
        }
        String json = producer.get();
        if (json == null) return new Verification(consumer, type, List.of("no event of " + type + " was produced"));
        MatchingRules rules = m.getContents().getMatchingRules();
        BodyMatchResult body = JsonContentMatcher.INSTANCE.matchBody(m.getContents().getContents(),
                OptionalBody.body(json.getBytes(StandardCharsets.UTF_8), new ContentType("application/json")),
                new MatchingContext(rules.rulesForCategory("body"), true));
        List<String> mismatches = new ArrayList<>();
        for (Mismatch mm : body.getMismatches()) mismatches.add(describe(mm));
        Map<String, Object> metadata = Map.of(ConsumerPact.CE_TYPE, type, "contentType", "application/json");
        for (Mismatch mm : Matching.compareMessageMetadata(m.getContents().getMetadata(), metadata,
                new MatchingContext(rules.rulesForCategory("metadata"), true))) {
            mismatches.add(describe(mm));
        }
        return new Verification(consumer, type, List.copyOf(mismatches));
    }

    private static String describe(Mismatch m) {
        if (m instanceof au.com.dius.pact.core.matchers.BodyMismatch b) return b.getPath() + ": " + b.getMismatch();
        return m.description();
    }

    /**
     * The data of the newest event of {@code type} about {@code aggregateId} in the service's outbox (the test
     * database): exactly what the relay publishes as the record's value.
     */
    public static String outboxData(EventType<?> type, Object aggregateId) {
        return Sql.text("select payload::text from outbox_event where type = ? and aggregate_id = ? order by seq desc limit 1",
                type.type(), String.valueOf(aggregateId));
    }
}
