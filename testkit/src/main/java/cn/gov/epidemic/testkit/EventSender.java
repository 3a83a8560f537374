package cn.gov.epidemic.testkit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes events to the real broker in tests exactly as another service's outbox relay does (CloudEvents binary
 * mode: ce_* headers, key and subject = the aggregate id), so a consumer can be tested against its producer's format,
 * including redeliveries (the same ce_id again) and poison messages.
 */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer());

    /** Sends one event and waits for the broker's acknowledgement; returns its ce_id. */
    public String send(String topic, String ceId, String type, String subject, String json) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, subject, json);
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", ceId);
        header(r, "ce_type", type);
        header(r, "ce_source", "/" + topic.substring(0, topic.indexOf('.')) + "-service");
        header(r, "ce_subject", subject);
        header(r, "content-type", "application/json");
        try {
            producer.send(r).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
        return ceId;
    }

    /** Sends with a new ce_id. */
    public String send(String topic, String type, String subject, String json) {
        return send(topic, UUID.randomUUID().toString(), type, subject, json);
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        if (value != null) r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
