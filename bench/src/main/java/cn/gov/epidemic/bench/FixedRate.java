package cn.gov.epidemic.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed-rate HTTP GET load generator (Vert.x client, keep-alive pool): latency is measured from each request's
 * intended send time, so a stalled server is not hidden (no coordinated omission).
 *
 * <pre>java [-Dbody=JSON] -cp ... cn.gov.epidemic.bench.FixedRate URL RATE SECONDS WARMUP_S [Header: value]...</pre>
 * With {@code -Dbody} it POSTs that JSON instead of a GET.
 * Prints one line: rate, achieved throughput, errors, p50/p90/p99/p99.9/max in ms.
 */
public final class FixedRate {

    private FixedRate() {
    }

    public static void main(String[] a) throws Exception {
        URI uri = URI.create(a[0]);
        int rate = Integer.parseInt(a[1]);
        int seconds = Integer.parseInt(a[2]);
        int warmup = Integer.parseInt(a[3]);
        String body = System.getProperty("body");
        RequestOptions base = new RequestOptions().setMethod(body == null ? HttpMethod.GET : HttpMethod.POST).setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        for (int i = 4; i < a.length; i++) {
            int c = a[i].indexOf(':');
            base.addHeader(a[i].substring(0, c).trim(), a[i].substring(c + 1).trim());
        }
        if (body != null) base.addHeader("Content-Type", "application/json");
        io.vertx.core.buffer.Buffer payload = body == null ? null : io.vertx.core.buffer.Buffer.buffer(body);
        Vertx vertx = Vertx.vertx();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64));
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicInteger errors = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        long interval = 1_000_000_000L / rate;
        long total = (long) rate * (warmup + seconds);
        long start = System.nanoTime() + 100_000_000L;
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicLong sent = new AtomicLong();
        vertx.setPeriodic(1, id -> {
            long now = System.nanoTime();
            while (sent.get() < total && start + sent.get() * interval <= now) {
                long intended = start + sent.getAndIncrement() * interval;
                client.request(new RequestOptions(base)).compose(r -> payload == null ? r.send() : r.send(payload)).compose(r -> r.body().map(b -> r.statusCode()))
                        .onComplete(ar -> {
                            long end = System.nanoTime();
                            if (ar.failed() || ar.result() >= 400) errors.incrementAndGet();
                            else if (intended >= measureFrom) {
                                h.recordValue(Math.max(0, end - intended));
                                done.incrementAndGet();
                            }
                        });
            }
            if (sent.get() >= total) {
                vertx.cancelTimer(id);
                vertx.setTimer(2000, t -> finished.countDown());
            }
        });
        finished.await(warmup + seconds + 60L, TimeUnit.SECONDS);
        System.out.printf("rate %d/s  achieved %.0f/s  errors %d  p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f ms%n",
                rate, done.get() / (double) seconds, errors.get(), h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6);
        vertx.close();
        System.exit(0);
    }
}
