package cn.gov.epidemic.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads events from the real broker in tests: every record of a topic, from the start, until a condition holds. */
public final class EventProbe implements AutoCloseable {

    /** A record as read: key, CloudEvents headers, JSON value. */
    public record Event(String key, String id, String type, String subject, String requestId, String source,
                        String time, String specVersion, String contentType, String value, int partition, long offset,
                        Map<String, String> headers) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    public EventProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code done} holds for the events seen so far, or the timeout passes; returns all seen. */
    public List<Event> until(Predicate<List<Event>> done, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.test(seen) && System.nanoTime() < end) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                seen.add(new Event(r.key(), h(r, "ce_id"), h(r, "ce_type"), h(r, "ce_subject"), h(r, "ce_requestid"),
                        h(r, "ce_source"), h(r, "ce_time"), h(r, "ce_specversion"), h(r, "content-type"), r.value(),
                        r.partition(), r.offset(), headers(r)));
            }
        }
        return List.copyOf(seen);
    }

    /** Events seen whose subject (aggregate id) is {@code subject}. */
    public List<Event> until(String subject, int count, Duration timeout) {
        return until(all -> all.stream().filter(e -> subject.equals(e.subject())).count() >= count, timeout)
                .stream().filter(e -> subject.equals(e.subject())).toList();
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> r) {
        Map<String, String> m = new java.util.HashMap<>();
        for (Header h : r.headers()) m.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        return m;
    }

    private static String h(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
