package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.EventProbe;
import cn.gov.epidemic.testkit.RealInfra;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's idempotent consumer: a redelivered event has one effect; a poison event goes to the dead-letter topic. */
@QuarkusTest
class IdempotentConsumerTest {

    @Inject
    EntityManager em;

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static ProducerRecord<String, String> event(String id, String json) {
        ProducerRecord<String, String> r = new ProducerRecord<>(ProbeConsumer.TOPIC, "agg-1", json);
        r.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", ProbeConsumer.TYPE.getBytes(StandardCharsets.UTF_8));
        return r;
    }

    private Integer effects(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> r = em.createNativeQuery("select effects from probe_effect where event_id = ?1").setParameter(1, id).getResultList();
            return r.isEmpty() ? null : ((Number) r.get(0)).intValue();
        });
    }

    @Test
    void theSameEventTwiceHasOneEffect() throws Exception {
        String id = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> p = producer()) {
            p.send(event(id, "{\"n\":1}")).get();
            p.send(event(id, "{\"n\":1}")).get(); // redelivery: same ce_id
            p.send(event(marker, "{\"n\":2}")).get(); // sent after both: once it is handled, both copies were too
        }
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (effects(marker) == null && System.nanoTime() < end) Thread.sleep(100);
        assertEquals(1, effects(marker));
        assertEquals(1, effects(id), "a redelivered event must have no second effect");
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndThePartitionMovesOn() throws Exception {
        String poison = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> p = producer(); EventProbe dlq = new EventProbe(ProbeConsumer.TOPIC + ".dlq")) {
            p.send(event(poison, "{\"poison\":true}")).get();
            p.send(event(next, "{\"n\":3}")).get();
            List<EventProbe.Event> dead = dlq.until(all -> all.stream().anyMatch(e -> poison.equals(e.id())), Duration.ofSeconds(60));
            EventProbe.Event d = dead.stream().filter(e -> poison.equals(e.id())).findFirst().orElseThrow();
            assertTrue(d.headers().get("dlq_reason").contains("refused by the probe"), "the reason travels with it");
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (effects(next) == null && System.nanoTime() < end) Thread.sleep(100);
            assertEquals(1, effects(next), "the event after the poison one is handled");
            assertEquals(null, effects(poison), "the poison event had no effect");
        }
    }
}
