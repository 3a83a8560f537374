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
 */
public record ConsumedEvent<P>(String topic, String type, Class<P> payload) {

    public ConsumedEvent {
        Objects.requireNonNull(topic);
        Objects.requireNonNull(type);
        Objects.requireNonNull(payload);
    }

    public static <P> ConsumedEvent<P> of(String topic, String type, Class<P> payload) {
        return new ConsumedEvent<>(topic, type, payload);
    }
}
