package cn.gov.epidemic.kit.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The events one service publishes, declared once in code: its topic, its CloudEvents {@code source} and the prefix of
 * its CloudEvents types; every {@link EventType} of the service is made from one of its {@link #aggregate aggregates}
 * and so is listed here in declaration order ({@link #types()}), for the relay and the build's catalogue alike.
 */
public final class EventSource {

    private final String service;
    private final String topic;
    private final String source;
    private final String typePrefix;
    private final String description;
    private final List<EventType<?>> types = new ArrayList<>();

    private EventSource(String service, String topic, String source, String typePrefix, String description) {
        this.service = Objects.requireNonNull(service);
        this.topic = Objects.requireNonNull(topic);
        this.source = Objects.requireNonNull(source);
        this.typePrefix = Objects.requireNonNull(typePrefix);
        this.description = Objects.requireNonNull(description);
    }

    /**
     * @param service     the module and application name, e.g. {@code personnel-service}
     * @param topic       the topic all its events go to, e.g. {@code personnel.events}
     * @param source      CloudEvents source, e.g. {@code /personnel-service}
     * @param typePrefix  CloudEvents type prefix, e.g. {@code cn.gov.epidemic.personnel}
     * @param description what the topic carries, for the catalogue
     */
    public static EventSource of(String service, String topic, String source, String typePrefix, String description) {
        return new EventSource(service, topic, source, typePrefix, description);
    }

    /** An aggregate of this service (the {@code ce_aggregatetype} of its events, e.g. {@code deployment}). */
    public Aggregate aggregate(String name) {
        return new Aggregate(this, name);
    }

    synchronized <P> EventType<P> register(EventType<P> type) {
        for (EventType<?> t : types) {
            if (t.type().equals(type.type()) && t.version() == type.version()) {
                throw new IllegalStateException("event type declared twice: " + type.type() + " v" + type.version());
            }
        }
        types.add(type);
        return type;
    }

    public String service() {
        return service;
    }

    public String topic() {
        return topic;
    }

    public String source() {
        return source;
    }

    public String typePrefix() {
        return typePrefix;
    }

    public String description() {
        return description;
    }

    /** Every event type declared for this source, in declaration order. */
    public synchronized List<EventType<?>> types() {
        return Collections.unmodifiableList(new ArrayList<>(types));
    }

    @Override
    public String toString() {
        return service + " → " + topic;
    }
}
