package cn.gov.epidemic.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 point 5: a request head that never ends and an idle keep-alive connection are closed after the idle
 * timeout (3 s in tests); one client address holds at most the configured number of connections.
 */
@QuarkusTest
class SlowClientTest {

    private static long idleTimeoutMillis() {
        return ConfigProvider.getConfig().getValue("quarkus.http.idle-timeout", Duration.class).toMillis();
    }

    /** Blocks until the gateway closes the connection; the milliseconds it took from {@code since}. */
    private static long closedAfter(Socket s, long since) throws IOException {
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // whatever the gateway still says before closing
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("still open after " + (System.nanoTime() - since) / 1_000_000 + " ms", e);
        } catch (IOException reset) {
            // closed with a reset: closed all the same
        }
        return (System.nanoTime() - since) / 1_000_000;
    }

    @Test
    void aRequestHeadThatNeverEndsIsClosed() throws Exception {
        long timeout = idleTimeoutMillis();
        try (Socket s = RawHttp.open()) {
            long t0 = System.nanoTime();
            RawHttp.write(s, "GET /api/v1/supplies/items HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-");
            long ms = closedAfter(s, t0);
            System.out.printf("[test] half a request head, then nothing: closed after %d ms (idle timeout %d ms)%n", ms, timeout);
            assertTrue(ms >= timeout - 500 && ms < timeout + 4000, ms + " ms");
        }
    }

    @Test
    void anIdleKeepAliveConnectionIsClosed() throws Exception {
        long timeout = idleTimeoutMillis();
        try (Socket s = RawHttp.open()) {
            RawHttp.write(s, "GET /api/v1/supplies/items HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + GatewayTestEnvironment.ADMIN_KEY + "\r\n\r\n");
            RawHttp.Answer a = RawHttp.readOne(s.getInputStream());
            assertEquals(200, a.status(), a.head());
            long t0 = System.nanoTime();
            long ms = closedAfter(s, t0);
            System.out.printf("[test] idle keep-alive connection: closed after %d ms (idle timeout %d ms)%n", ms, timeout);
            assertTrue(ms >= timeout - 500 && ms < timeout + 4000, ms + " ms");
        }
    }

    @Test
    void oneAddressHoldsAtMostTheCappedNumberOfConnections() throws Exception {
        int cap = ConfigProvider.getConfig().getValue("gateway.connections.per-address", Integer.class);
        List<Socket> sockets = new ArrayList<>();
        int ok = 0;
        int refused = 0;
        try {
            for (int i = 0; i < cap + 6; i++) {
                Socket s = RawHttp.open("127.0.0.2"); // an address of its own: the other tests' connections do not count
                
                sockets.add(s);
                RawHttp.write(s, "GET /api/v1/supplies/items HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + GatewayTestEnvironment.ADMIN_KEY + "\r\n\r\n");
                RawHttp.Answer a = RawHttp.readOne(s.getInputStream());
                if (a.status() == 200) ok++;
                else if (a.status() == 429 && a.header("Content-Type").startsWith("application/problem+json")
                        && "close".equalsIgnoreCase(a.header("Connection"))) refused++;
            }
        } finally {
            for (Socket s : sockets) s.close();
        }
        System.out.printf("[test] %d connections from one address (cap %d): answered %d, refused 429 %d%n", cap + 6, cap, ok, refused);
        assertEquals(cap, ok, "answered");
        assertEquals(cap + 6 - ok, refused, "every connection past the cap is refused with a problem");
        // closed connections are no longer counted
        int status = 0;
        for (int i = 0; i < 20 && status != 200; i++) {
            Thread.sleep(100);
            try (Socket s = RawHttp.open("127.0.0.2")) {
                RawHttp.write(s, "GET /api/v1/supplies/items HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + GatewayTestEnvironment.ADMIN_KEY + "\r\n\r\n");
                status = RawHttp.readOne(s.getInputStream()).status();
            }
        }
        assertEquals(200, status, "a connection from the same address once the others are closed");
    }
}
