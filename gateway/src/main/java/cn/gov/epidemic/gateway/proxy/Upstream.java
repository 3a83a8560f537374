package cn.gov.epidemic.gateway.proxy;

import java.net.URI;

/**
 * One route to one service, with its circuit breaker: after {@code threshold} consecutive failures the route
 * answers 503 at once until {@code openMillis} have passed; then one request tries again (half-open).
 */
final class Upstream {

    final String name;
    final String prefix;
    final String baseUrl;
    final String host;
    final int port;
    final boolean tls;
    private final int threshold;
    private final long openMillis;
    private int failures;
    private long openUntil;
    private boolean trial;

    Upstream(String name, String prefix, String baseUrl, int threshold, long openMillis) {
        this.name = name;
        this.prefix = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        URI u = URI.create(this.baseUrl);
        this.tls = "https".equals(u.getScheme());
        this.host = u.getHost();
        this.port = u.getPort() > 0 ? u.getPort() : tls ? 443 : 80;
        this.threshold = threshold;
        this.openMillis = openMillis;
    }

    boolean matches(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Whether a request may go through now; while open, only one trial after the pause. */
    synchronized boolean admit() {
        if (failures < threshold) return true;
        long now = System.currentTimeMillis();
        if (now < openUntil || trial) return false;
        trial = true;
        return true;
    }

    synchronized void success() {
        failures = 0;
        trial = false;
    }

    synchronized void failure() {
        failures++;
        trial = false;
        if (failures >= threshold) openUntil = System.currentTimeMillis() + openMillis;
    }

    /** Seconds until the breaker lets a trial through (for Retry-After). */
    synchronized long retryAfterSeconds() {
        return Math.max(1, (openUntil - System.currentTimeMillis() + 999) / 1000);
    }

    synchronized boolean open() {
        return failures >= threshold;
    }
}
