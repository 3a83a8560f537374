package cn.gov.epidemic.supplies;

import cn.gov.epidemic.supplies.consumer.PassConsumer;
import cn.gov.epidemic.supplies.consumer.PassEvent;
import cn.gov.epidemic.testkit.contracts.ConsumerPact;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * supplies-service's expectations of the events it reads, written as pacts (contracts/pacts/) that the producer's
 * build verifies; plain JUnit, no Quarkus. The examples give every field a value only to show its type: dispatchId
 * (a pass issued by hand), voidReason (a pass in force) and detail may be null in the real event.
 */
class EventPactsTest {

    @Test
    void ofCheckpointServicesPassEvents() {
        // the green-lane pass of a dispatch from the Linhe reserve (Bayannur), revoked when the dispatch was cancelled
        UUID dispatch = UUID.fromString("5d4c3b2a-1908-4776-a655-443322110099");
        PassEvent pass = new PassEvent(UUID.fromString("0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9"), dispatch,
                "CP1.AXdtqB4UTExigo80X7IvOJRQCeiSmUQxMjM0NQAAAABrDu8AAAAAAGsRkf8DIee6ouWxseWMuumVv-mdkuihl-mBk-mVv-mdkuekvuWMuhRjcC0yMDI2MTIwMS0xNjQxYzU1Nw"
                        + ".YuR-96IZSWDsmth-Ml7yCknX0eaFPADIL408Z5g-oT9CcqHHfYSSZJooZFeDtTKr8gEKlVXtQQES759tpNlIBA",
                "dispatch cancelled: 车辆故障");
        ConsumerPact pact = ConsumerPact.between("supplies-service", "checkpoint-service")
                .expects(PassEvent.ISSUED, pass)
                .expects(PassEvent.REVOKED, pass)
                .expects(PassEvent.DISPATCH_REFUSED, new PassEvent.DispatchRefusal(dispatch, "one-vehicle-one-matter-one-pass",
                        "Vehicle 蒙LA1234 already has an emergency-transport pass in force for this period (一车一事一证); revoke it or wait for it to end."))
                .covering(new PassConsumer());
        Path file = pact.write();
        assertTrue(Files.isRegularFile(file), file.toString());
        assertEquals(3, pact.pact().getInteractions().size(), "messages in " + file.getFileName());
    }
}
