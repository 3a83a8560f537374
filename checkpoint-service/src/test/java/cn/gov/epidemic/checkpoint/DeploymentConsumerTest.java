package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.checkpoint.consumer.DeploymentConsumer;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.Await;
import cn.gov.epidemic.testkit.EventProbe;
import cn.gov.epidemic.testkit.RealInfra;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staffing read model fed by personnel-service's deployment events, through the kit's idempotent consumer. */
@QuarkusTest
class DeploymentConsumerTest {

    @Inject
    DeploymentConsumer consumer;

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** A deployment event as personnel-service publishes it (data = its DeploymentView). */
    private static ProducerRecord<String, String> deployment(String ceId, String what, String deploymentId, String checkpointId, String personId, String destinationType) {
        String json = "{\"id\":\"" + deploymentId + "\",\"personId\":\"" + personId + "\",\"personName\":\"王建国\",\"planId\":null,"
                + "\"destinationType\":\"" + destinationType + "\",\"divisionCode\":null,\"checkpointId\":" + (checkpointId == null ? "null" : "\"" + checkpointId + "\"")
                + ",\"workGroup\":\"巴彦高勒卡点值守组\",\"duties\":[\"PUBLIC_ORDER\",\"REGISTRATION\"],\"state\":\"ACTIVE\",\"plannedStart\":null,"
                + "\"activatedAt\":\"2020-02-03T08:00:00Z\",\"relievedAt\":null,\"cancelledAt\":null,\"createdAt\":\"2020-02-03T07:00:00Z\",\"version\":1}";
        ProducerRecord<String, String> r = new ProducerRecord<>("personnel.events", deploymentId, json);
        r.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", ("cn.gov.epidemic.personnel.deployment." + what).getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_source", "/personnel-service".getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_subject", deploymentId.getBytes(StandardCharsets.UTF_8));
        return r;
    }

    private static long staffed(String checkpointId) {
        return Sql.count("select count(*) from staffing where checkpoint_id = ?::uuid", checkpointId);
    }


    @Test
    void theSameActivationTwiceGivesOneStaffingEntryAndReliefEndsIt() throws Exception {
        String cp = Api.checkpoint();
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + cp + "/staffing").then().statusCode(200)
                .body("unstaffed", equalTo(true)).body("onDutyCount", equalTo(0));
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/staffing?unstaffed=true&size=200&sort=-createdAt").then().statusCode(200).body("items.checkpointId", hasItem(cp));

        String deployment = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        String otherCp = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> p = producer()) {
            p.send(deployment(ceId, "activated", deployment, cp, person, "CHECKPOINT")).get();
            p.send(deployment(ceId, "activated", deployment, cp, person, "CHECKPOINT")).get(); // redelivery: same ce_id
            p.send(deployment(UUID.randomUUID().toString(), "activated", UUID.randomUUID().toString(), null, person, "DIVISION")).get(); // not a checkpoint
            p.send(deployment(UUID.randomUUID().toString(), "activated", marker, otherCp, UUID.randomUUID().toString(), "CHECKPOINT")).get();
        }
        Await.until(() -> Sql.count("select count(*) from staffing where deployment_id = ?::uuid", marker) == 1);
        assertEquals(1, staffed(cp), "one staffing entry");
        assertEquals(1, Sql.count("select count(*) from outbox_event where type = 'cn.gov.epidemic.checkpoint.staffing.changed' and payload->>'deploymentId' = ?", deployment),
                "the redelivered event had no second effect");
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + cp + "/staffing").then().statusCode(200)
                .body("unstaffed", equalTo(false)).body("onDutyCount", equalTo(1))
                .body("onDuty[0].personName", equalTo("王建国")).body("onDuty[0].duties", hasItem("PUBLIC_ORDER"));
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/staffing?unstaffed=true&size=200&sort=-createdAt").then().body("items.checkpointId", not(hasItem(cp)));

        try (KafkaProducer<String, String> p = producer()) {
            p.send(deployment(UUID.randomUUID().toString(), "relieved", deployment, cp, person, "CHECKPOINT")).get();
        }
        Await.until(() -> staffed(cp) == 0);
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + cp + "/staffing").then().body("unstaffed", equalTo(true));
    }

    @Test
    void aStoppedConsumerCatchesUpAndAPoisonEventIsDeadLettered() throws Exception {
        String cp = Api.checkpoint();
        String deployment = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        String noCheckpoint = UUID.randomUUID().toString();
        consumer.stop(); // checkpoint-service's consumer down for a while: personnel-service goes on deploying
        try (KafkaProducer<String, String> p = producer(); EventProbe dlq = new EventProbe("personnel.events.dlq")) {
            try {
                p.send(deployment(UUID.randomUUID().toString(), "activated", poison, "not-a-checkpoint-id", person, "CHECKPOINT")).get();
                p.send(deployment(UUID.randomUUID().toString(), "activated", noCheckpoint, null, person, "CHECKPOINT")).get();
                p.send(deployment(UUID.randomUUID().toString(), "activated", deployment, cp, person, "CHECKPOINT")).get();
                Thread.sleep(1500);
                assertEquals(0, staffed(cp), "nothing happens while it is down");
            } finally {
                consumer.start();
            }
            Await.until(() -> staffed(cp) == 1);
            Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + cp + "/staffing").then().body("onDutyCount", equalTo(1));
            var dead = dlq.until(all -> all.stream().anyMatch(e -> poison.equals(e.subject())), Duration.ofSeconds(30))
                    .stream().filter(e -> poison.equals(e.subject())).findFirst().orElseThrow();
            assertTrue(dead.headers().get("dlq_reason").contains("checkpointId"), dead.headers().get("dlq_reason"));
            assertEquals("checkpoint-staffing", dead.headers().get("dlq_consumer"));
            // a deployment to a checkpoint that names none (null is allowed for the other destinations)
            var none = dlq.until(all -> all.stream().anyMatch(e -> noCheckpoint.equals(e.subject())), Duration.ofSeconds(30))
                    .stream().filter(e -> noCheckpoint.equals(e.subject())).findFirst().orElseThrow();
            assertTrue(none.headers().get("dlq_reason").contains("checkpointId"), none.headers().get("dlq_reason"));
        }
    }
}
