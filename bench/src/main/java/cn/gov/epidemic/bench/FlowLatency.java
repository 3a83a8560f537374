package cn.gov.epidemic.bench;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-service flow latency, through the gateway on the running suite (./run.sh): requests at a fixed rate, and per
 * request the time from its intended send to the moment a consumer reads the event that shows the effect in the
 * other service (one host, one clock; the event is published after that service's transaction commits, so this is
 * an upper bound of "visible there").
 * <ul>
 * <li>{@code pass}: POST /supplies/dispatches → checkpoint-service's {@code pass.issued} for that dispatch, and on to
 * supplies-service's {@code dispatch.pass-recorded} (the round trip). Reservations are made first, outside the
 * measurement; every dispatch has its own vehicle (one vehicle, one matter, one pass).</li>
 * <li>{@code observation}: POST /checkpoints/inspections with a fever heading for a community →
 * personnel-service's {@code observation.started} for that referral.</li>
 * </ul>
 * <pre>java -cp ... cn.gov.epidemic.bench.FlowLatency GATEWAY API_KEY BOOTSTRAP pass|observation RATE_PER_S SECONDS [WARMUP_S]</pre>
 */
public final class FlowLatency {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final String gateway;
    private final String apiKey;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private FlowLatency(String gateway, String apiKey) {
        this.gateway = gateway;
        this.apiKey = apiKey;
    }

    public static void main(String[] a) throws Exception {
        FlowLatency b = new FlowLatency(a[0], a[1]);
        String bootstrap = a[2];
        String flow = a[3];
        int rate = Integer.parseInt(a[4]);
        int seconds = Integer.parseInt(a[5]);
        int warmup = a.length > 6 ? Integer.parseInt(a[6]) : 10;
        int total = rate * (warmup + seconds);

        // the effects, read from the other services' topics: correlation id -> nanoTime read
        Map<String, Long> firstEffect = new ConcurrentHashMap<>();
        Map<String, Long> roundTrip = new ConcurrentHashMap<>();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(flow.equals("pass") ? List.of("checkpoint.events", "supplies.events") : List.of("personnel.events"));
        Pattern dispatchId = Pattern.compile("\"dispatchId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        Pattern referralId = Pattern.compile("\"referralId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                ConsumerRecords<String, String> records;
                try {
                    records = consumer.poll(Duration.ofMillis(20));
                } catch (org.apache.kafka.common.errors.InterruptException | org.apache.kafka.common.errors.WakeupException e) {
                    return; // the measurement is over
                }
                for (ConsumerRecord<String, String> r : records) {
                    long now = System.nanoTime();
                    String type = header(r, "ce_type");
                    if (type == null || r.value() == null) continue;
                    if (type.endsWith(".pass.issued")) group(dispatchId, r.value()).ifPresent(d -> firstEffect.putIfAbsent(d, now));
                    else if (type.endsWith(".dispatch.pass-recorded")) roundTrip.putIfAbsent(r.key(), now);
                    else if (type.endsWith(".observation.started")) group(referralId, r.value()).ifPresent(x -> firstEffect.putIfAbsent(x, now));
                }
            }
        }, "bench-consumer");
        reader.setDaemon(true);
        reader.start();

        List<String> bodies = flow.equals("pass") ? b.dispatchBodies(total) : b.inspectionBodies(total);
        String path = flow.equals("pass") ? "/api/v1/supplies/dispatches" : "/api/v1/checkpoints/inspections";
        Pattern correlation = flow.equals("pass") ? ID : Pattern.compile("\"referralIds\"\\s*:\\s*\\[\\s*\"([0-9a-f-]{36})\"");
        Thread.sleep(3000); // the consumer joins its group and is assigned the partitions

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Histogram http = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
        AtomicInteger errors = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        long measuredFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        AtomicInteger next = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) return;
            long intended = start + i * interval;
            b.client.sendAsync(b.post(path, bodies.get(i)), HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
                long now = System.nanoTime();
                if (err != null || resp.statusCode() != 201) {
                    errors.incrementAndGet();
                    return;
                }
                if (intended < measuredFrom) return;
                http.recordValue(Math.max(0, now - intended));
                group(correlation, resp.body()).ifPresent(id -> sentAt.put(id, intended));
            });
        }, 0, interval, TimeUnit.NANOSECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup + seconds) + 5000);
        ticker.shutdownNow();
        Thread.sleep(10_000); // late effects
        reader.interrupt();

        System.out.printf("flow %s, %d/s for %d s (warm-up %d s discarded): %d measured requests, %d errors%n",
                flow, rate, seconds, warmup, sentAt.size(), errors.get());
        report("HTTP 201 (from intended send)", http);
        report(flow.equals("pass") ? "request -> pass.issued (checkpoint)" : "request -> observation.started (personnel)", latencies(sentAt, firstEffect));
        if (flow.equals("pass")) report("request -> dispatch.pass-recorded (supplies)", latencies(sentAt, roundTrip));
        consumer.wakeup();
        System.exit(0);
    }

    private static Histogram latencies(Map<String, Long> sentAt, Map<String, Long> readAt) {
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(120), 3);
        int missing = 0;
        for (Map.Entry<String, Long> e : sentAt.entrySet()) {
            Long r = readAt.get(e.getKey());
            if (r == null) missing++;
            else h.recordValue(Math.max(0, r - e.getValue()));
        }
        if (missing > 0) System.out.printf("  %d effects never seen%n", missing);
        return h;
    }

    /** One reservation per dispatch, made before the clock starts: a lot of N95 received and released at Linhe. */
    private List<String> dispatchBodies(int n) throws Exception {
        String item = first(get("/api/v1/supplies/items?code=N95"));
        String warehouse = first(get("/api/v1/supplies/warehouses?divisionCode=150802")); // Linhe's reserve
        String supplier = first(get("/api/v1/supplies/suppliers?country=MN"));
        String recipient = first(get("/api/v1/supplies/recipients?divisionCode=150823&kind=DIVISION"));
        String shipment = created("/api/v1/supplies/shipments", "{\"supplierId\":\"" + supplier + "\",\"reference\":\"BENCH-" + System.nanoTime() % 1_000_000
                + "\",\"origin\":\"Ulaanbaatar, MN\",\"portOfEntry\":\"甘其毛都口岸\",\"warehouseId\":\"" + warehouse + "\",\"carrier\":\"bench\",\"lines\":[{\"itemId\":\""
                + item + "\",\"quantity\":" + n + ",\"lotNumber\":\"BENCH-" + System.nanoTime() % 1_000_000 + "\",\"expiry\":\"2099-01-01\"}]}");
        for (String to : List.of("DISPATCHED", "AT_PORT", "CUSTOMS_CLEARED", "ARRIVED")) ok("/api/v1/supplies/shipments/" + shipment + "/transitions", "{\"to\":\"" + to + "\"}");
        String receipt = ok("/api/v1/supplies/shipments/" + shipment + "/receipt", "{\"lines\":[{\"lineNo\":1,\"receivedQuantity\":" + n + "}]}");
        String lot = receipt.replaceAll("(?s).*\"lotId\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        ok("/api/v1/supplies/lots/" + lot + "/release", "{\"standard\":\"GB 2626-2006 KN95 / NIOSH N95\",\"certificateReference\":\"BENCH\"}");
        List<String> bodies = new ArrayList<>(n);
        String arrival = OffsetDateTime.now().plusHours(6).toString();
        java.util.Random random = new java.util.Random();
        char runA = (char) ('A' + random.nextInt(26)), runB = (char) ('A' + random.nextInt(26)); // another run's passes may still be in force
        for (int i = 0; i < n; i++) {
            String reservation = created("/api/v1/supplies/reservations", "{\"recipientId\":\"" + recipient + "\",\"itemId\":\"" + item
                    + "\",\"warehouseId\":\"" + warehouse + "\",\"quantity\":1}");
            String plate = "蒙L" + runA + String.format("%04d", i % 10000) + runB;
            bodies.add("{\"reservationIds\":[\"" + reservation + "\"],\"vehiclePlate\":\"" + plate + "\",\"driverName\":\"压测\",\"route\":\"临河 → 乌拉特前旗\",\"expectedArrival\":\"" + arrival + "\"}");
        }
        return bodies;
    }

    /** Fever cases at Chifeng's ring road heading for the community where officers are deployed. */
    private List<String> inspectionBodies(int n) throws Exception {
        String cp = first(get("/api/v1/checkpoints?code=CF-RING-01"));
        List<String> bodies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bodies.add("{\"checkpointId\":\"" + cp + "\",\"plate\":\"蒙D" + String.format("%05d", i % 100000) + "\",\"vehicleKind\":\"PRIVATE_CAR\","
                    + "\"destination\":\"平庄镇第1社区\",\"destinationDivisionCode\":\"150403100001\",\"occupants\":[{\"role\":\"DRIVER\",\"name\":\"压测" + i
                    + "\",\"temperature\":38.2}]}");
        }
        return bodies;
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).header("X-API-Key", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String send(HttpRequest req, int expected) throws Exception {
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) throw new IllegalStateException(req.uri() + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    private String get(String path) throws Exception {
        int q = path.indexOf('?');
        String uri = q < 0 ? path : path.substring(0, q + 1) + encodeQuery(path.substring(q + 1));
        return send(HttpRequest.newBuilder(URI.create(gateway + uri)).header("X-API-Key", apiKey).GET().build(), 200);
    }

    private String created(String path, String body) throws Exception {
        return group(ID, send(post(path, body), 201)).orElseThrow();
    }

    private String ok(String path, String body) throws Exception {
        return send(post(path, body), 200);
    }

    private static String first(String page) {
        return group(ID, page).orElseThrow(() -> new IllegalStateException("nothing found: is the demo data loaded? " + page));
    }

    private static String encodeQuery(String q) {
        StringBuilder s = new StringBuilder();
        for (String kv : q.split("&")) {
            String[] p = kv.split("=", 2);
            if (s.length() > 0) s.append('&');
            s.append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    private static java.util.Optional<String> group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void report(String what, Histogram h) {
        System.out.printf("%-46s p50 %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  max %8.2f ms  (n=%d)%n", what,
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6, h.getValueAtPercentile(99) / 1e6,
                h.getMaxValue() / 1e6, h.getTotalCount());
    }
}
