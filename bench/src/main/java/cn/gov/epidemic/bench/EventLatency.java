package cn.gov.epidemic.bench;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event latency: POSTs people at a fixed rate and measures, per request, the time from its HTTP 201 to the moment a
 * consumer reads the matching {@code person.registered} event from Kafka (one host, one clock). Also reports the
 * HTTP latency measured from the intended send time (no coordinated omission).
 *
 * <pre>java -cp ... cn.gov.epidemic.bench.EventLatency BASE_URL TOKEN BOOTSTRAP RATE_PER_S SECONDS [WARMUP_S]</pre>
 */
public final class EventLatency {

    private EventLatency() {
    }

    public static void main(String[] a) throws Exception {
        String base = a[0];
        String token = a[1];
        String bootstrap = a[2];
        int rate = Integer.parseInt(a[3]);
        int seconds = Integer.parseInt(a[4]);
        int warmup = a.length > 5 ? Integer.parseInt(a[5]) : 10;

        Map<String, Long> createdAt = new ConcurrentHashMap<>(); // person id -> nanoTime of the 201
        Map<String, Long> readAt = new ConcurrentHashMap<>();    // person id -> nanoTime the event was read
        Histogram http = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
        AtomicInteger errors = new AtomicInteger();
        AtomicLong measuredFrom = new AtomicLong(Long.MAX_VALUE);

        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of("personnel.events"));
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    Header t = r.headers().lastHeader("ce_type");
                    if (t != null && new String(t.value(), StandardCharsets.UTF_8).endsWith("person.registered")) {
                        readAt.putIfAbsent(r.key(), now);
                    }
                }
            }
        }, "bench-consumer");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(3000); // the consumer joins its group and is assigned the partitions

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / rate;
        int total = rate * (warmup + seconds);
        AtomicInteger sent = new AtomicInteger();
        measuredFrom.set(start + TimeUnit.SECONDS.toNanos(warmup));
        ticker.scheduleAtFixedRate(() -> {
            int i = sent.getAndIncrement();
            if (i >= total) return;
            long intended = start + i * intervalNanos;
            String body = "{\"name\":\"压测" + i + "\",\"category\":\"GRID_WORKER\"}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/personnel/people"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
                long now = System.nanoTime();
                if (err != null || resp.statusCode() != 201) {
                    errors.incrementAndGet();
                    return;
                }
                String id = resp.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
                if (intended >= measuredFrom.get()) {
                    http.recordValue(Math.max(0, now - intended));
                    createdAt.put(id, now);
                }
            });
        }, 0, intervalNanos, TimeUnit.NANOSECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup + seconds) + 5000);
        ticker.shutdownNow();
        Thread.sleep(5000); // late events
        reader.interrupt();

        Histogram event = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        int before = 0;
        int missing = 0;
        for (Map.Entry<String, Long> e : createdAt.entrySet()) {
            Long r = readAt.get(e.getKey());
            if (r == null) {
                missing++;
                continue;
            }
            long d = r - e.getValue();
            if (d < 0) before++; // the event was read before the client had the 201
            event.recordValue(Math.max(0, d));
        }
        System.out.printf("rate %d/s for %d s (warm-up %d s discarded): %d measured requests, %d errors%n",
                rate, seconds, warmup, createdAt.size(), errors.get());
        report("HTTP 201 latency (from intended send)", http);
        report("201 -> event read by a consumer", event);
        System.out.printf("events read before the 201 arrived: %d; events never read: %d%n", before, missing);
        consumer.wakeup();
        System.exit(0);
    }

    private static void report(String what, Histogram h) {
        System.out.printf("%-40s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms  (n=%d)%n", what,
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6, h.getValueAtPercentile(99) / 1e6,
                h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6, h.getTotalCount());
    }
}
