package cn.gov.epidemic.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Reads the suite's topics from the start, as an outside consumer would, to assert the events a scenario caused. */
final class Broker implements AutoCloseable {

    /** One event: CloudEvents type and subject, the data as JSON. */
    record Event(String topic, String type, String subject, String id, JsonNode data) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    Broker(String bootstrap, String... topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topics));
    }

    /** The first event matching, waiting up to 60 s for it. */
    Event await(Predicate<Event> match) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            for (Event e : seen) if (match.test(e)) return e;
            poll();
        }
        throw new AssertionError("no matching event on the broker within 60 s");
    }

    /**
     * Every record matching, read until {@code complete} holds for them (or the timeout passes), then for a further
     * second so that a duplicate sent right behind is counted too. Records are returned as read: a redelivered record
     * appears as often as it was on the topic.
     */
    List<Event> collect(Predicate<Event> match, Predicate<List<Event>> complete, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && !complete.test(seen.stream().filter(match).toList())) poll();
        long more = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < more) poll();
        return seen.stream().filter(match).toList();
    }

    private void poll() {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
            try {
                seen.add(new Event(r.topic(), h(r, "ce_type"), h(r, "ce_subject"), h(r, "ce_id"), r.value() == null ? null : JSON.readTree(r.value())));
            } catch (Exception e) {
                throw new IllegalStateException("an event that is not JSON on " + r.topic(), e);
            }
        }
    }

    /** One record as it is on the topic: every header (the last of a name) and the value as sent. */
    record Record(String topic, int partition, long offset, Map<String, String> headers, String value) {
    }

    /**
     * Every record of {@code topics} from the beginning up to their end offsets at the time of the call, read by a
     * consumer assigned to every partition (no group: nothing is committed, no suite group is touched).
     */
    static List<Record> readAll(String bootstrap, String... topics) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
            for (String t : topics) {
                c.partitionsFor(t, Duration.ofSeconds(30)).forEach(p -> partitions.add(new org.apache.kafka.common.TopicPartition(t, p.partition())));
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = c.endOffsets(partitions, Duration.ofSeconds(30));
            List<Record> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (partitions.stream().anyMatch(p -> c.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                if (System.nanoTime() > deadline) throw new AssertionError("could not read " + List.of(topics) + " to their end within 120 s");
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    if (r.offset() >= end.get(new org.apache.kafka.common.TopicPartition(r.topic(), r.partition()))) continue;
                    Map<String, String> headers = new java.util.LinkedHashMap<>();
                    for (Header h : r.headers()) headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    out.add(new Record(r.topic(), r.partition(), r.offset(), headers, r.value()));
                }
            }
            return out;
        }
    }

    /** The first event of that type (suffix after the service prefix, e.g. {@code pass.issued}) about that subject. */
    Event await(String typeSuffix, String subject) {
        return await(e -> e.type() != null && e.type().endsWith("." + typeSuffix) && subject.equals(e.subject()));
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
