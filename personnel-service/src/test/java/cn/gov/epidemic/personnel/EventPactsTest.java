package cn.gov.epidemic.personnel;

import cn.gov.epidemic.personnel.consumer.ReferralConsumer;
import cn.gov.epidemic.personnel.consumer.ReferralEvent;
import cn.gov.epidemic.testkit.contracts.ConsumerPact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * personnel-service's expectations of the events it reads, written as pacts (contracts/pacts/) that the producer's
 * build verifies; plain JUnit, no Quarkus. The example gives every field a value only to show its type: all but the
 * id may be null in the real event (e.g. no phone recorded, nothing sealed).
 */
class EventPactsTest {

    @Test
    void ofCheckpointServicesReferralEvents() {
        // a traveller at 38.1 °C stopped at a Chifeng checkpoint, heading for a community of Pingzhuang town
        ConsumerPact pact = ConsumerPact.between("personnel-service", "checkpoint-service")
                .expects(ReferralEvent.OPENED, new ReferralEvent(UUID.fromString("2a3b4c5d-6e7f-4801-9234-56789abcdef0"),
                        "150403100001", "孙玉兰", "松山区", "平庄镇第1社区", new BigDecimal("38.1"), "赤峰市医院",
                        "k1.q2V4YW1wbGUtc2VhbGVkLXBob25lLW9mLWEtcmVmZXJyYWw"))
                .covering(new ReferralConsumer());
        Path file = pact.write();
        assertTrue(Files.isRegularFile(file), file.toString());
        assertEquals(1, pact.pact().getInteractions().size(), "messages in " + file.getFileName());
    }
}
