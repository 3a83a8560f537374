package cn.gov.epidemic.kitweb.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The classification rules without a running service. */
class ProblemClassifierTest {

    @Test
    void sqlStatesFoundThroughWrappers() {
        assertEquals(ProblemType.CONFLICT, typeOf(wrapped(new SQLException("dup", "23505"))));
        assertEquals(ProblemType.CONFLICT, typeOf(wrapped(new SQLException("fk", "23503"))));
        assertEquals(ProblemType.INVALID_VALUE, typeOf(wrapped(new SQLException("nul", "22021"))));
        assertEquals(ProblemType.INVALID_VALUE, typeOf(wrapped(new SQLException("overflow", "22003"))));
        assertEquals(ProblemType.CONCURRENT_MODIFICATION, typeOf(wrapped(new SQLException("serialization", "40001"))));
        assertEquals(ProblemType.DATABASE_UNAVAILABLE, typeOf(wrapped(new SQLException("down", "08006"))));
        assertNull(ProblemClassifier.classify(wrapped(new SQLException("syntax", "42601")))); // our SQL is wrong: 500
    }

    @Test
    void aDatabaseThatIsDownHangsOrGivesNoConnectionIsA503() {
        // socket timeout of a frozen server, refused connect, fast shutdown, statement timeout, too many connections
        for (String state : List.of("08006", "08001", "57P01", "57P03", "57014", "53300")) {
            assertEquals(ProblemType.DATABASE_UNAVAILABLE, typeOf(wrapped(new SQLException("x", state))), state);
        }
        // the pool's acquisition timeout has no SQLState: recognised by where it was thrown
        SQLException acquisition = new SQLException("Acquisition timeout while waiting for new connection");
        acquisition.setStackTrace(new StackTraceElement[] {new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", null, 1)});
        assertEquals(ProblemType.DATABASE_UNAVAILABLE, typeOf(new RuntimeException(new PersistenceException("Unable to acquire JDBC Connection", acquisition))));
        assertEquals(503, ProblemType.DATABASE_UNAVAILABLE.status());
        // the same message from anywhere else is not evidence of an outage
        assertNull(ProblemClassifier.classify(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void aCommitThatFailsBecauseTheDatabaseWentDownIsA503() {
        // Narayana's RollbackException at commit carries the resource's failure as a suppressed exception
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        assertEquals(ProblemType.DATABASE_UNAVAILABLE, typeOf(new IllegalStateException("commit failed", rollback)));
    }

    @Test
    void batchedStatementsKeepTheCauseInNextException() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("dup", "23505"));
        assertEquals(ProblemType.CONFLICT, typeOf(wrapped(batch)));
    }

    @Test
    void explicitProblemWinsOverWrappers() {
        ProblemException domain = new ResourceNotFoundException(cn.gov.epidemic.kitweb.i18n.Text.of("Order", "订单"), 7);
        assertSame(domain, ProblemClassifier.classify(new IllegalStateException(new PersistenceException(domain))));
    }

    @Test
    void persistenceAndRoutingFailures() {
        assertEquals(ProblemType.CONCURRENT_MODIFICATION, typeOf(new PersistenceException(new OptimisticLockException())));
        assertEquals(ProblemType.NOT_FOUND, typeOf(new NotFoundException()));
        assertEquals(ProblemType.INVALID_PARAMETER, typeOf(new NotFoundException(new NumberFormatException("x"))));
        assertNull(ProblemClassifier.classify(new IllegalStateException("bug")));
    }

    @Test
    void jsonTypeNamesAreJsonNotJava() {
        assertEquals("a string", ProblemClassifier.jsonType(String.class).en());
        assertEquals("an integer", ProblemClassifier.jsonType(long.class).en());
        assertEquals("a number", ProblemClassifier.jsonType(java.math.BigDecimal.class).en());
        assertEquals("an array", ProblemClassifier.jsonType(List.class).en());
        assertEquals("an ISO 8601 date-time with offset, e.g. 2026-12-01T08:00:00+08:00", ProblemClassifier.jsonType(OffsetDateTime.class).en());
        assertEquals("an ISO 8601 date, e.g. 2026-12-01", ProblemClassifier.jsonType(java.time.LocalDate.class).en());
        assertEquals("带时区偏移的 ISO 8601 日期时间，例如 2026-12-01T08:00:00+08:00", ProblemClassifier.jsonType(OffsetDateTime.class).zh());
    }

    private static RuntimeException wrapped(SQLException e) {
        return new RuntimeException("tx", new PersistenceException("flush", e));
    }

    private static ProblemKind typeOf(Throwable t) {
        return ProblemClassifier.classify(t).type();
    }
}
