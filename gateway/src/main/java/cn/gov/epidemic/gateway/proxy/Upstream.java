package cn.gov.epidemic.gateway.proxy;

import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.HttpMethod;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One route to one service, with its circuit breaker: after {@code threshold} consecutive failures of the service
 * (no connection, no answer in time, a 5xx) the route answers 503 at once until {@code openMillis} have passed; then
 * one request tries again (half-open). What the caller causes (a 4xx, a body too large, a hang-up) is no failure.
 */
final class Upstream {

    final String name;
    final String prefix;
    final String baseUrl;
    final String host;
    final int port;
    final boolean tls;
    /** The {@code uri} tag of the HTTP server metrics for every path of the route (never the raw path). */
    final String metricsUri;
    /** The methods with a timer of their own; any other shares the last slot. */
    private static final HttpMethod[] TIMED_METHODS = {HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE, HttpMethod.OPTIONS};
    /** The route's request timers by method and status (100–599), made on first use: no meter id built per request. */
    private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>((TIMED_METHODS.length + 1) * 500);
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
        this.metricsUri = this.prefix + "/**";
        this.threshold = threshold;
        this.openMillis = openMillis;
    }

    /** Makes the timer of this route, a method and a status (registers it, or finds it registered). */
    interface TimerFactory {
        Timer create(Upstream route, HttpMethod method, int status);
    }

    /** The timer of a method and status on this route: made once by {@code factory}, then kept here. */
    Timer timer(HttpMethod method, int status, TimerFactory factory) {
        if (status < 100 || status > 599) return factory.create(this, method, status);
        int m = 0;
        while (m < TIMED_METHODS.length && TIMED_METHODS[m] != method) m++;
        int slot = m * 500 + status - 100;
        Timer t = timers.get(slot);
        if (t == null) {
            t = factory.create(this, method, status); // the registry returns the same timer to a concurrent second maker
            timers.set(slot, t);
        }
        return t;
    }

    boolean matches(String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
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

    /** The exchange ended for a reason of the caller's: the service proved nothing either way; a trial may go again. */
    synchronized void neutral() {
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
