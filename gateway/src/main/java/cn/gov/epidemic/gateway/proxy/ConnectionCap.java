package cn.gov.epidemic.gateway.proxy;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.impl.ConnectionBase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open connections of each client address, counted from a connection's first request until it closes; one
 * over the cap is refused. Quarkus keeps the HTTP server's connection handler to itself, so a connection is seen
 * here with its first request; one that never completes a request head is closed by {@code quarkus.http.idle-timeout}.
 */
final class ConnectionCap {

    private final int max;
    /** The connections counted, so that each costs a look-up per request and is counted once. */
    private final Map<HttpConnection, String> counted = new ConcurrentHashMap<>();
    private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();

    ConnectionCap(int max) {
        this.max = max;
    }

    int max() {
        return max;
    }

    /** False when the request's connection is one more than its address may hold. */
    boolean admit(HttpServerRequest req) {
        HttpConnection conn = req.connection();
        if (conn == null || counted.containsKey(conn)) return true;
        SocketAddress remote = conn.remoteAddress();
        String address = remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
        boolean[] admitted = {false};
        perAddress.compute(address, (k, n) -> {
            int open = n == null ? 0 : n;
            if (open >= max) return n;
            admitted[0] = true;
            return open + 1;
        });
        if (!admitted[0]) return false;
        counted.put(conn, address);
        whenClosed(conn, () -> {
            counted.remove(conn);
            perAddress.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
        });
        return true;
    }

    /** Open connections of one address (for tests and operators). */
    int open(String address) {
        return perAddress.getOrDefault(address, 0);
    }

    /** Vert.x's close future adds a listener; {@code closeHandler} would replace the one another part may have set. */
    private static void whenClosed(HttpConnection conn, Runnable action) {
        if (conn instanceof ConnectionBase base) base.closeFuture().onComplete(v -> action.run());
        else conn.closeHandler(v -> action.run());
    }
}
