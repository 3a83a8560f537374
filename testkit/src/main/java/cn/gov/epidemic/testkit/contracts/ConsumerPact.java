package cn.gov.epidemic.testkit.contracts;

import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import cn.gov.epidemic.kit.events.ConsumedEvent;
import cn.gov.epidemic.kit.messaging.Subscription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A consumer's side of a message contract with one producer: for each event type it reads ({@link ConsumedEvent}) an
 * example of its record, written as a Pact V4 asynchronous message (description and metadata {@code ce_type} = the
 * CloudEvents type; contents matched by type on every field the record declares) to
 * {@code contracts/pacts/<consumer>-<provider>.json}, which the producer's build verifies ({@link ProviderPact}).
 * Before writing, each message of the pact is bound through the kit's real binding of consumed events, so a pact the
 * consumer itself could not read is never written.
 */
public final class ConsumerPact {

    /** The Pact metadata key carrying the CloudEvents type (the Kafka header of the same name). */
    public static final String CE_TYPE = "ce_type";

    private final String consumer;
    private final String provider;
    private final Map<String, Expectation<?>> expectations = new LinkedHashMap<>();
    private final List<Subscription.Declaration> covered = new ArrayList<>();

    private record Expectation<P>(ConsumedEvent<P> event, P example) {
    }

    private ConsumerPact(String consumer, String provider) {
        this.consumer = consumer;
        this.provider = provider;
    }

    /**
     * @param consumer the consuming service, e.g. {@code checkpoint-service}
     * @param provider the producing service, e.g. {@code personnel-service} (its {@code EventSource.service()})
     */
    public static ConsumerPact between(String consumer, String provider) {
        return new ConsumerPact(consumer, provider);
    }

    /** The consumer reads {@code event}; {@code example} gives every field of its record a value (lists one element). */
    public <P> ConsumerPact expects(ConsumedEvent<P> event, P example) {
        if (expectations.putIfAbsent(event.type(), new Expectation<>(event, example)) != null) {
            throw new IllegalStateException(event.type() + " expected twice");
        }
        return this;
    }

    /**
     * Also checks that every event type {@code subscription} declares on the topics of the expected events has an
     * expectation here: a handled event cannot be left out of the contract.
     */
    public ConsumerPact covering(Subscription subscription) {
        covered.add(subscription.declaration());
        return this;
    }

    /** The pact, as it is written. */
    public V4Pact pact() {
        if (expectations.isEmpty()) throw new IllegalStateException("a pact of " + consumer + " with " + provider + " expects no event");
        Set<String> topics = new LinkedHashSet<>();
        expectations.values().forEach(e -> topics.add(e.event().topic()));
        for (Subscription.Declaration d : covered) {
            for (ConsumedEvent<?> e : d.events()) {
                if (topics.contains(e.topic()) && !expectations.containsKey(e.type())) {
                    throw new AssertionError(d.group() + " handles " + e.type() + " of " + provider + " but the pact has no expectation of it");
                }
            }
        }
        PactBuilder builder = new PactBuilder(consumer, provider, PactSpecVersion.V4);
        for (Expectation<?> e : expectations.values()) {
            builder.expectsToReceiveMessageInteraction(e.event().type(), m -> m.withContents(c -> c
                    .withMetadata(Map.of(CE_TYPE, e.event().type()))
                    .withContent(MessageBodies.of(e.example()))));
        }
        return builder.toPact();
    }

    /** Binds each message of the pact through the kit's binding of consumed events; returns how many bound. */
    public int bindEachMessage() {
        return bindEachMessage(pact());
    }

    private int bindEachMessage(V4Pact pact) {
        int bound = 0;
        for (Interaction i : pact.getInteractions()) {
            V4Interaction.AsynchronousMessage m = i.asAsynchronousMessage();
            Expectation<?> e = expectations.get(m.getDescription());
            String json = m.getContents().getContents().valueAsString();
            try {
                Object data = Subscription.bindForTest(e.event(), json);
                if (data == null) throw new AssertionError(m.getDescription() + " bound to null");
            } catch (IllegalArgumentException refused) {
                throw new AssertionError(consumer + " cannot read its own expectation of " + m.getDescription() + ": " + refused.getMessage());
            }
            bound++;
        }
        return bound;
    }

    /** Binds each message, then writes the pact to {@code contracts/pacts/}; returns the file. */
    public Path write() {
        return write(PactFiles.directory());
    }

    /** Binds each message, then writes the pact to {@code directory} (replacing the file: the pact is this test's, whole). */
    public Path write(Path directory) {
        V4Pact pact = pact();
        int bound = bindEachMessage(pact);
        Path file = PactFiles.file(directory, consumer, provider);
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        DefaultPactWriter.INSTANCE.writePact(file.toFile(), pact, PactSpecVersion.V4);
        System.out.println("[test] pact " + file.getFileName() + ": " + bound + " message(s) bound by the kit and written");
        return file;
    }
}
