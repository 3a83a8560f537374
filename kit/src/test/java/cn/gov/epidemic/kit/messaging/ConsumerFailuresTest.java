package cn.gov.epidemic.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void dataFieldsAreReadOrTheEventIsMalformed() throws Exception {
        UUID id = UUID.randomUUID();
        IncomingEvent e = new IncomingEvent("ce-1", "cn.gov.epidemic.supplies.dispatch.planned", "/supplies-service", id.toString(), null, null,
                "supplies.events", 0, 0, new ObjectMapper().readTree("{\"id\":\"" + id + "\",\"route\":\"临河 → 五原县\",\"blank\":\" \",\"n\":3}"));
        assertEquals("planned", e.typeAfter("cn.gov.epidemic.supplies.dispatch."));
        assertNull(e.typeAfter("cn.gov.epidemic.checkpoint."));
        assertEquals(id, e.uuid("id"));
        assertEquals("临河", e.optionalText("route", 2));
        assertEquals("3", e.optionalText("n", 10));
        assertNull(e.optionalText("missing", 10));
        IllegalArgumentException noPlate = assertThrows(IllegalArgumentException.class, () -> e.text("vehiclePlate"));
        assertEquals("dispatch.planned event ce-1 without vehiclePlate", noPlate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.text("blank"));
        assertThrows(IllegalArgumentException.class, () -> e.uuid("route"));
    }
}
