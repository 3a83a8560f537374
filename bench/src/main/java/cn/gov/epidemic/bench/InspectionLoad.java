package cn.gov.epidemic.bench;

import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inspections per second through checkpoint-service: POSTs {@code /api/v1/checkpoints/inspections} (a vehicle with
 * three occupants, all temperatures taken, optionally presenting a pass code that the service verifies on the spot)
 * at a fixed rate, and reports the HTTP 201 latency measured from the intended send time (no coordinated omission).
 * Run it at increasing rates: the figure is the highest rate whose p99 stays under 30 ms.
 *
 * <pre>java -cp ... cn.gov.epidemic.bench.InspectionLoad BASE_URL TOKEN CHECKPOINT_ID RATE_PER_S SECONDS [WARMUP_S] [PASS_CODE PLATE]</pre>
 */
public final class InspectionLoad {

    private InspectionLoad() {
    }

    public static void main(String[] a) throws Exception {
        String base = a[0];
        String token = a[1];
        String checkpoint = a[2];
        int rate = Integer.parseInt(a[3]);
        int seconds = Integer.parseInt(a[4]);
        int warmup = a.length > 5 ? Integer.parseInt(a[5]) : 10;
        String passCode = a.length > 7 ? a[6] : null;
        String passPlate = a.length > 7 ? a[7] : null;

        Histogram http = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / rate;
        int total = rate * (warmup + seconds);
        long measuredFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        AtomicInteger sent = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            int i = sent.getAndIncrement();
            if (i >= total) return;
            long intended = start + i * intervalNanos;
            boolean withPass = passCode != null && i % 4 == 0;
            String plate = withPass ? passPlate : String.format("蒙D%05d", i % 100000);
            String body = "{\"checkpointId\":\"" + checkpoint + "\",\"plate\":\"" + plate + "\",\"vehicleKind\":\"PRIVATE_CAR\","
                    + "\"origin\":\"红山区\",\"destination\":\"元宝山区\"," + (withPass ? "\"passCode\":\"" + passCode + "\"," : "")
                    + "\"occupants\":[{\"role\":\"DRIVER\",\"name\":\"压测" + i + "\",\"temperature\":36.5},"
                    + "{\"role\":\"PASSENGER\",\"temperature\":36.7},{\"role\":\"PASSENGER\",\"temperature\":36." + (i % 10) + "}]}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/checkpoints/inspections"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            client.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
                long now = System.nanoTime();
                if (err != null || resp.statusCode() != 201) {
                    errors.incrementAndGet();
                    return;
                }
                if (intended >= measuredFrom) {
                    http.recordValue(Math.max(0, now - intended));
                    ok.incrementAndGet();
                }
            });
        }, 0, intervalNanos, TimeUnit.NANOSECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup + seconds) + 5000);
        ticker.shutdownNow();
        System.out.printf("rate %d/s for %d s (warm-up %d s discarded)%s: %d measured inspections recorded, %d errors%n",
                rate, seconds, warmup, passCode == null ? "" : ", 1 in 4 with a pass verified", ok.get(), errors.get());
        System.out.printf("HTTP 201 latency (from intended send)  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms%n",
                http.getValueAtPercentile(50) / 1e6, http.getValueAtPercentile(90) / 1e6, http.getValueAtPercentile(99) / 1e6,
                http.getValueAtPercentile(99.9) / 1e6, http.getMaxValue() / 1e6);
        System.exit(0);
    }
}
