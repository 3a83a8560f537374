package cn.gov.epidemic.kit.events;

import java.util.Objects;

/** A kind of thing a service's events are about (its {@code ce_aggregatetype}); event types are declared on it. */
public record Aggregate(EventSource source, String name) {

    public Aggregate {
        Objects.requireNonNull(source);
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,63}")) throw new IllegalArgumentException("bad aggregate name: " + name);
    }

    /**
     * Declares version 1 of an event type.
     *
     * @param name        past tense, relative to the source's type prefix, e.g. {@code deployment.activated}
     * @param payload     the record the event carries (a response record, never an entity); its OpenAPI schema is
     *                    the event's schema
     * @param description when it is published, for the catalogue
     */
    public <P> EventType<P> event(String name, Class<P> payload, String description) {
        return event(name, 1, payload, description);
    }

    /**
     * Declares a version of an event type: a new version is needed when its payload changes in a way that breaks a
     * consumer (a field removed or renamed, a type changed), and then both may be declared while consumers move.
     */
    public <P> EventType<P> event(String name, int version, Class<P> payload, String description) {
        return source.register(new EventType<>(this, name, version, payload, description));
    }
}
