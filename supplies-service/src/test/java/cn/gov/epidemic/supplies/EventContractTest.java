package cn.gov.epidemic.supplies;

import cn.gov.epidemic.supplies.event.SuppliesEvents;
import cn.gov.epidemic.testkit.contracts.ProviderPact;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The consumers' pacts of supplies-service's events (contracts/pacts/*-supplies-service.json), each verified against
 * the data of a real event: the action done through the REST API, the event read back from the outbox.
 */
@QuarkusTest
class EventContractTest {

    @TestFactory
    List<DynamicTest> everyConsumersPact() {
        return ProviderPact.of(SuppliesEvents.SOURCE)
                .produces(SuppliesEvents.DISPATCH_PLANNED, () -> ProviderPact.outboxData(SuppliesEvents.DISPATCH_PLANNED, PassFlowTest.dispatch("蒙L·A1234")))
                .produces(SuppliesEvents.DISPATCH_CANCELLED, () -> {
                    String id = PassFlowTest.dispatch("蒙L·B2345");
                    Api.writer().body(Map.of("reason", "车辆故障")).post(Api.BASE + "/dispatches/" + id + "/cancellation").then().statusCode(200);
                    return ProviderPact.outboxData(SuppliesEvents.DISPATCH_CANCELLED, id);
                })
                .produces(SuppliesEvents.DISPATCH_DELIVERED, () -> {
                    // the whole trip, as SupplyJourneyTest drives it: the pass recorded, departure, delivery
                    String id = PassFlowTest.dispatch("蒙L·C3456");
                    Api.writer().body(Map.of("passId", UUID.randomUUID().toString(), "passCode", "EP-150800-0001.sig"))
                            .post(Api.BASE + "/dispatches/" + id + "/pass").then().statusCode(200);
                    Api.writer().post(Api.BASE + "/dispatches/" + id + "/departure").then().statusCode(200);
                    Api.writer().body(Map.of("receivedBy", "医院物资科")).post(Api.BASE + "/dispatches/" + id + "/delivery").then().statusCode(200);
                    return ProviderPact.outboxData(SuppliesEvents.DISPATCH_DELIVERED, id);
                })
                .tests();
    }
}
