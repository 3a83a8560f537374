package cn.gov.epidemic.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * A service's subscription to another service's topic: an {@link IdempotentConsumer} started with the application
 * and closed with it. Subclasses name the consumer group, the topics and the handler (a service method that runs in
 * the consumer's transaction); {@link #stop()} and {@link #start()} let operators and tests pause it, and it then
 * resumes from the group's committed offset, catching up on what it missed.
 */
public abstract class Subscription {

    @Inject
    ProcessedEvents processed;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private IdempotentConsumer consumer;

    /** The consumer group, also the key under which handled event ids are remembered. */
    protected abstract String name();

    protected abstract List<String> topics();

    /** Off in configurations that do not want it (e.g. a test of another part). */
    protected abstract boolean enabled();

    /** Handles one event inside the consumer's transaction; an IllegalArgumentException dead-letters it at once. */
    protected abstract void handle(IncomingEvent event) throws Exception;

    void onStart(@Observes StartupEvent ev) {
        if (enabled()) start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        stop();
    }

    public synchronized void start() {
        if (consumer == null) consumer = new IdempotentConsumer(name(), topics(), bootstrap, this::handle, processed, mapper).start();
    }

    /** Stops consuming; the committed offset stays, so {@link #start()} continues where this left off. */
    public synchronized void stop() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }

    public synchronized boolean running() {
        return consumer != null;
    }
}
