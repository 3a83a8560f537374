package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.checkpoint.consumer.DeploymentConsumer;
import cn.gov.epidemic.checkpoint.consumer.DeploymentEvent;
import cn.gov.epidemic.checkpoint.consumer.DispatchConsumer;
import cn.gov.epidemic.checkpoint.consumer.DispatchEvent;
import cn.gov.epidemic.testkit.contracts.ConsumerPact;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * checkpoint-service's expectations of the events it reads, written as pacts (contracts/pacts/) that the producers'
 * builds verify; plain JUnit, no Quarkus. Each example gives every field a value only to show its type: a field the
 * record allows null (a relieved deployment's activatedAt, a delivery's cancelReason) may be null in the real event.
 */
class EventPactsTest {

    @Test
    void ofPersonnelServicesDeploymentEvents() {
        // a police officer of Alxa League on duty at the Bayan Gol road checkpoint
        DeploymentEvent deployment = new DeploymentEvent(UUID.fromString("3f1e2d4c-5b6a-4789-8a9b-0c1d2e3f4a5b"),
                UUID.fromString("7c6b5a49-3827-4165-9f0e-1d2c3b4a5968"), "巴特尔", "CHECKPOINT",
                UUID.fromString("a1b2c3d4-e5f6-4071-8293-a4b5c6d7e8f9"), "巴彦高勒卡点值守组", List.of("PUBLIC_ORDER"),
                OffsetDateTime.parse("2020-02-03T08:00:00+08:00"));
        ConsumerPact pact = ConsumerPact.between("checkpoint-service", "personnel-service")
                .expects(DeploymentEvent.ACTIVATED, deployment)
                .expects(DeploymentEvent.RELIEVED, deployment)
                .expects(DeploymentEvent.CANCELLED, deployment)
                .covering(new DeploymentConsumer());
        written(pact, 3);
    }

    @Test
    void ofSuppliesServicesDispatchEvents() {
        // N95 masks from the Linhe reserve to the Bayannur designated hospital
        UUID dispatch = UUID.fromString("5d4c3b2a-1908-4776-a655-443322110099");
        ConsumerPact pact = ConsumerPact.between("checkpoint-service", "supplies-service")
                .expects(DispatchEvent.PLANNED, new DispatchEvent(dispatch, "蒙L·A1234", "张师傅", "巴彦淖尔市医院（定点救治医院）",
                        "巴彦淖尔市应急物资储备库（临河）", "临河应急物资库 → 巴彦淖尔市医院", OffsetDateTime.parse("2020-02-04T18:00:00+08:00"),
                        List.of(new DispatchEvent.Line(UUID.fromString("6e5d4c3b-2a19-4087-b766-554433221100"), "N95 口罩", 4000))))
                .expects(DispatchEvent.CANCELLED, new DispatchEvent.Ended(dispatch, "车辆故障"))
                .expects(DispatchEvent.DELIVERED, new DispatchEvent.Ended(dispatch, "车辆故障"))
                .covering(new DispatchConsumer());
        written(pact, 3);
    }

    /** Writes the pact and checks the file holds the expected messages. */
    static void written(ConsumerPact pact, int messages) {
        Path file = pact.write();
        assertTrue(Files.isRegularFile(file), file.toString());
        assertEquals(messages, pact.pact().getInteractions().size(), "messages in " + file.getFileName());
    }
}
