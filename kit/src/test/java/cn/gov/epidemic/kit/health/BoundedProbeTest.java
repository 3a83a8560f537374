package cn.gov.epidemic.kit.health;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hung database answers nothing: a server that accepts the connection and never replies stands for a frozen
 * PostgreSQL (SIGSTOP), and the real JDBC driver talks to it. The check must say DOWN within its deadline.
 */
class BoundedProbeTest {

    @Test
    void aHungDatabaseIsDownWithinTheDeadlineAndProbesDoNotPileUp() throws Exception {
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             BoundedProbe probe = new BoundedProbe("test-probe")) {
            String url = "jdbc:postgresql://127.0.0.1:" + blackHole.getLocalPort() + "/app?user=postgres";
            java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                BoundedProbe.Outcome o = probe.check(() -> {
                    started.incrementAndGet();
                    return DriverManager.getConnection(url); // blocks in the start-up handshake: no reply ever comes
                }, Duration.ofMillis(300));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("[fault] hung database: answer %d in %d ms: %s%n", i + 1, ms, o.error());
                assertFalse(o.ok(), "a database that does not answer is DOWN");
                assertTrue(o.error().startsWith("no answer within 300 ms"), o.error());
                assertTrue(ms < 1000, "answered within 1 s (took " + ms + " ms)");
            }
            assertTrue(started.get() == 1, "the later checks joined the stuck probe instead of starting " + started.get() + " of them");
        }
    }

    @Test
    void aProbeThatAnswersIsUpAndAFailureCarriesItsReason() {
        try (BoundedProbe probe = new BoundedProbe("test-probe")) {
            assertTrue(probe.check(() -> null, Duration.ofMillis(500)).ok());
            BoundedProbe.Outcome refused = probe.check(() -> {
                throw new java.sql.SQLException("Connection refused");
            }, Duration.ofMillis(500));
            assertFalse(refused.ok());
            assertTrue(refused.error().contains("Connection refused"), refused.error());
        }
    }
}
