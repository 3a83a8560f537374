package cn.gov.epidemic.kit.events;

import java.util.Objects;

/**
 * An event type of another service that a consumer reads, and the record of the fields it reads of its data: the
 * consumer's side of the contract (its pact is written from this record, and the producer's build verifies it).
 * Fields of the data that the record does not name are ignored, so a producer may add fields freely.
 *
 * @param topic   the producer's topic, e.g. {@code personnel.events}
 * @param type    the producer's CloudEvents type, e.g. {@code cn.gov.epidemic.personnel.deployment.activated}
 * @param payload the consumer's record of the data; Bean Validation constraints on it say what must be there
 * @param version the version of the producer's payload schema the record reads ({@code ce_dataschema}); records of
 *                another version of the type are passed over, so a producer may publish two versions while its
 *                consumers move
 */
public record ConsumedEvent<P>(String topic, String type, Class<P> payload, int version) {

    public ConsumedEvent {
        Objects.requireNonNull(topic);
        Objects.requireNonNull(type);
        Objects.requireNonNull(payload);
        if (version < 1) throw new IllegalArgumentException("version starts at 1: " + type);
    }

    /** The {@code ce_dataschema} of the version read. */
    public String dataschema() {
        return EventType.dataschema(type, version);
    }

    /**
     * Whether a record with this {@code ce_dataschema} is of the version read: a record without the header (published
     * before the suite wrote it) is version 1.
     */
    public boolean reads(String dataschema) {
        return dataschema == null ? version == 1 : dataschema.equals(dataschema());
    }

    /** Version {@code version} of the producer's type. */
    public static <P> ConsumedEvent<P> of(String topic, String type, int version, Class<P> payload) {
        return new ConsumedEvent<>(topic, type, payload, version);
    }

    public static <P> ConsumedEvent<P> of(String topic, String type, Class<P> payload) {
        return new ConsumedEvent<>(topic, type, payload, 1);
    }
}
