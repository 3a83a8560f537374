package cn.gov.epidemic.kit.events;

import java.util.Objects;

/**
 * One event type a service publishes: its CloudEvents type, its aggregate, the class of its payload and the version of
 * that payload's schema ({@code ce_dataschema}). Declared as a constant of the service's {@code event/*Events} class and
 * passed to the kit's {@code Outbox.publish}, which takes only a payload of the declared class.
 */
public final class EventType<P> {

    /** Where the schemas of event payloads are named: {@code <base><ce_type>/v<version>.json}. The gateway serves them. */
    public static final String SCHEMA_BASE = "https://epidemic.gov.cn/events/schemas/";

    private final Aggregate aggregate;
    private final String name;
    private final int version;
    private final Class<P> payload;
    private final String description;

    EventType(Aggregate aggregate, String name, int version, Class<P> payload, String description) {
        this.aggregate = Objects.requireNonNull(aggregate);
        if (name == null || !name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) throw new IllegalArgumentException("bad event name: " + name);
        if (version < 1) throw new IllegalArgumentException("version starts at 1: " + name);
        this.name = name;
        this.version = version;
        this.payload = Objects.requireNonNull(payload);
        this.description = Objects.requireNonNull(description);
    }

    public EventSource source() {
        return aggregate.source();
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    /** Relative to the source's prefix, e.g. {@code deployment.activated}. */
    public String name() {
        return name;
    }

    /** The CloudEvents type ({@code ce_type}), e.g. {@code cn.gov.epidemic.personnel.deployment.activated}. */
    public String type() {
        return source().typePrefix() + "." + name;
    }

    public int version() {
        return version;
    }

    /** The CloudEvents {@code dataschema} of this version: the schema's name and version. */
    public String dataschema() {
        return dataschema(type(), version);
    }

    /** The {@code ce_dataschema} of version {@code version} of CloudEvents type {@code type}. */
    public static String dataschema(String type, int version) {
        return SCHEMA_BASE + type + "/v" + version + ".json";
    }

    public Class<P> payload() {
        return payload;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return type() + " v" + version;
    }
}
