package cn.gov.epidemic.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/**
 * A service's subscription to another service's topic: an {@link IdempotentConsumer} started with the application
 * and closed with it. A subclass names its consumer group and handles each event (with a service method that runs
 * in the consumer's transaction); the configuration says what it reads:
 * <pre>
 *   epidemic.subscriptions.&lt;group&gt;.topics=personnel.events
 *   epidemic.subscriptions.&lt;group&gt;.enabled=true          (default)
 * </pre>
 * {@link #stop()} and {@link #start()} let operators and tests pause it; it then resumes from the group's committed
 * offset, catching up on what it missed.
 */
public abstract class Subscription {

    static final String PREFIX = "epidemic.subscriptions.";

    @Inject
    ProcessedEvents processed;
    @Inject
    ObjectMapper mapper;

    private final String name;
    private IdempotentConsumer consumer;

    /** @param name the consumer group, also the key under which handled event ids are remembered */
    protected Subscription(String name) {
        this.name = name;
    }

    /** Handles one event inside the consumer's transaction; an IllegalArgumentException dead-letters it at once. */
    protected abstract void handle(IncomingEvent event) throws Exception;

    void onStart(@Observes StartupEvent ev) {
        if (ConfigProvider.getConfig().getOptionalValue(PREFIX + name + ".enabled", Boolean.class).orElse(true)) start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        stop();
    }

    public synchronized void start() {
        if (consumer != null) return;
        Config config = ConfigProvider.getConfig();
        List<String> topics = config.getValues(PREFIX + name + ".topics", String.class);
        String bootstrap = config.getValue("kafka.bootstrap.servers", String.class);
        consumer = new IdempotentConsumer(name, topics, bootstrap, this::handle, processed, mapper).start();
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
