package cn.gov.epidemic.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a consumer retries (its database is away), what it dead-letters (the record is bad), and how fields are read. */
class ConsumerFailuresTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("transaction failed", new RuntimeException("could not execute statement", cause));
    }

    @Test
    void anOutageOfTheDatabaseIsRetriedNotDeadLettered() {
        assertTrue(IdempotentConsumer.transientFailure(wrapped(new SQLException("Connection refused", "08001"))));
        assertTrue(IdempotentConsumer.transientFailure(wrapped(new SQLException("An I/O error occurred", "08006"))));
        assertTrue(IdempotentConsumer.transientFailure(wrapped(new SQLException("could not serialize access", "40001"))));
        assertTrue(IdempotentConsumer.transientFailure(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(IdempotentConsumer.transientFailure(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(IdempotentConsumer.transientFailure(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(IdempotentConsumer.transientFailure(wrapped(new java.net.ConnectException("Connection refused"))));
    }

    @Test
    void whatTheRecordCausedIsNotRetriedForever() {
        assertFalse(IdempotentConsumer.transientFailure(wrapped(new SQLException("duplicate key value", "23505"))));
        assertFalse(IdempotentConsumer.transientFailure(wrapped(new SQLException("value too long", "22001"))));
        assertFalse(IdempotentConsumer.transientFailure(new NullPointerException()));
        assertFalse(IdempotentConsumer.transientFailure(new IllegalArgumentException("dispatch event without vehiclePlate")));
    }

    /** The consumer's record of a dispatch: what checkpoint-service reads, as a consumer declares it. */
    public record Dispatch(@jakarta.validation.constraints.NotNull UUID id, @jakarta.validation.constraints.NotBlank String vehiclePlate, String route, Integer n) {
    }

    static final cn.gov.epidemic.kit.events.ConsumedEvent<Dispatch> PLANNED =
            cn.gov.epidemic.kit.events.ConsumedEvent.of("supplies.events", "cn.gov.epidemic.supplies.dispatch.planned", Dispatch.class);

    /** A subscription outside Quarkus, with the parts the container would inject. */
    static Subscription subscription() {
        Subscription s = new Subscription("test-group", "test") {
            @Override
            protected void declare(Handlers on) {
                on.event(PLANNED, e -> { });
            }
        };
        s.validator = Subscription.english(jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory());
        s.prepare();
        return s;
    }

    static IncomingEvent event(String json) throws Exception {
        return new IncomingEvent("ce-1", PLANNED.type(), "/supplies-service", "s", null, null, null, "supplies.events", 0, 0,
                new ObjectMapper().readTree(json));
    }

    @Test
    void dataIsBoundToTheConsumersRecordOrTheEventIsMalformed() throws Exception {
        Subscription s = subscription();
        UUID id = UUID.randomUUID();
        // a field the record does not name (a newer producer's) is ignored
        Dispatch d = s.bind(event("{\"id\":\"" + id + "\",\"vehiclePlate\":\"蒙L12345\",\"route\":\"临河 → 五原县\",\"n\":3,\"added\":true}"), Dispatch.class);
        assertEquals(id, d.id());
        assertEquals("蒙L12345", d.vehiclePlate());
        assertEquals(3, d.n());
        IllegalArgumentException noPlate = assertThrows(IllegalArgumentException.class,
                () -> s.bind(event("{\"id\":\"" + id + "\"}"), Dispatch.class));
        assertEquals("dispatch.planned event ce-1: vehiclePlate must not be blank", noPlate.getMessage());
        IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
                () -> s.bind(event("{\"id\":\"not-a-uuid\",\"vehiclePlate\":\"蒙L12345\"}"), Dispatch.class));
        assertEquals("dispatch.planned event ce-1 with a malformed id", badId.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.bind(event("[1]"), Dispatch.class));
        assertEquals(List.of("supplies.events"), s.declaration().topics());
        // a tolerant reader: a number where the record reads a text, a line break in a text
        assertEquals("12", s.bind(event("{\"id\":\"" + id + "\",\"vehiclePlate\":\"蒙L12345\",\"route\":12}"), Dispatch.class).route());
        assertEquals("临河\n五原县", s.bind(event("{\"id\":\"" + id + "\",\"vehiclePlate\":\"蒙L12345\",\"route\":\"临河\\n五原县\"}"), Dispatch.class).route());
    }

    @Test
    void aRecordOfAnotherVersionOfTheTypeIsPassedOver() {
        Subscription s = subscription();
        assertTrue(s.handles(PLANNED.type(), null)); // published before ce_dataschema: version 1
        assertTrue(s.handles(PLANNED.type(), PLANNED.dataschema()));
        assertFalse(s.handles(PLANNED.type(), cn.gov.epidemic.kit.events.EventType.dataschema(PLANNED.type(), 2)));
        assertFalse(s.handles("cn.gov.epidemic.supplies.dispatch.departed", null));
        assertFalse(s.handles(null, null));
    }
}
