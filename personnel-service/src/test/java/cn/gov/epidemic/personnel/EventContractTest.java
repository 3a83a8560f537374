package cn.gov.epidemic.personnel;

import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.testkit.contracts.ProviderPact;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;

/**
 * The consumers' pacts of personnel-service's events (contracts/pacts/*-personnel-service.json), each verified against
 * the data of a real event: the action done through the REST API, the event read back from the outbox.
 */
@QuarkusTest
class EventContractTest {

    @TestFactory
    List<DynamicTest> everyConsumersPact() {
        return ProviderPact.of(PersonnelEvents.SOURCE)
                .produces(PersonnelEvents.DEPLOYMENT_ACTIVATED, () -> ProviderPact.outboxData(PersonnelEvents.DEPLOYMENT_ACTIVATED, atCheckpoint(true)))
                .produces(PersonnelEvents.DEPLOYMENT_RELIEVED, () -> {
                    String id = atCheckpoint(true);
                    Api.writer().post(Api.BASE + "/deployments/" + id + "/relief").then().statusCode(200);
                    return ProviderPact.outboxData(PersonnelEvents.DEPLOYMENT_RELIEVED, id);
                })
                .produces(PersonnelEvents.DEPLOYMENT_CANCELLED, () -> {
                    String id = atCheckpoint(false);
                    Api.writer().post(Api.BASE + "/deployments/" + id + "/cancellation").then().statusCode(200);
                    return ProviderPact.outboxData(PersonnelEvents.DEPLOYMENT_CANCELLED, id);
                })
                .tests();
    }

    /** A new person deployed to a checkpoint through the API (active at once, or only planned); the deployment id. */
    private static String atCheckpoint(boolean activateNow) {
        return Api.writer().body(Map.of("personId", Api.person("巴特尔"), "destinationType", "CHECKPOINT", "checkpointId", Api.uuid(),
                        "workGroup", "巴彦高勒卡点值守组", "duties", List.of("PUBLIC_ORDER"), "activateNow", activateNow))
                .post(Api.BASE + "/deployments").then().statusCode(201).extract().path("id");
    }
}
