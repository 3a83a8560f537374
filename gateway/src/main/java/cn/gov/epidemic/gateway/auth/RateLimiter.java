package cn.gov.epidemic.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client (per gateway instance): {@code burst} requests at once, refilled at
 * {@code ratePerSecond}. Several gateway instances each allow the full rate; set the limits accordingly.
 */
@ApplicationScoped
public class RateLimiter {

    /** The decision and what the rate-limit headers report. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public Decision take(Client client) {
        long now = System.nanoTime();
        double rate = Math.max(client.ratePerSecond(), 0.001);
        int burst = Math.max(client.burst(), 1);
        Bucket b = buckets.computeIfAbsent(client.name(), k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.updatedNanos) / 1e9 * rate);
            b.updatedNanos = now;
            long reset = (long) Math.ceil((burst - b.tokens) / rate);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return new Decision(true, burst, (int) Math.floor(b.tokens), (long) Math.ceil((burst - b.tokens) / rate), 0);
            }
            long retry = Math.max(1, (long) Math.ceil((1 - b.tokens) / rate));
            return new Decision(false, burst, 0, reset, retry);
        }
    }
}
