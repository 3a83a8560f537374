package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.testkit.Await;
import cn.gov.epidemic.testkit.EventSender;
import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.testkit.contracts.ProviderPact;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.UUID;

/**
 * The consumers' pacts of checkpoint-service's events (contracts/pacts/*-checkpoint-service.json), each verified
 * against the data of a real event read back from the outbox: a referral from an inspection through the REST API; the
 * passes of flow 1 from supplies-service's dispatch events on the real broker, as the running suite makes them.
 */
@QuarkusTest
class EventContractTest {

    static final String DISPATCHES = "supplies.events";
    static final String DISPATCH = "cn.gov.epidemic.supplies.dispatch.";

    @TestFactory
    List<DynamicTest> everyConsumersPact() {
        return ProviderPact.of(CheckpointEvents.SOURCE)
                .produces(CheckpointEvents.PASS_ISSUED, () -> ProviderPact.outboxData(CheckpointEvents.PASS_ISSUED,
                        passOf(planned(UUID.randomUUID().toString(), Api.plate()))))
                .produces(CheckpointEvents.PASS_REVOKED, () -> {
                    String plate = Api.plate();
                    String d = planned(UUID.randomUUID().toString(), plate);
                    String pass = passOf(d);
                    send(DISPATCH + "cancelled", d, DispatchPassFlowTest.dispatch(d, plate, "CANCELLED", "车辆故障"));
                    Await.until(() -> "REVOKED".equals(Sql.text("select state from pass where id = ?::uuid", pass)));
                    return ProviderPact.outboxData(CheckpointEvents.PASS_REVOKED, pass);
                })
                .produces(CheckpointEvents.PASS_DISPATCH_REFUSED, () -> {
                    // the vehicle still holds the pass of its first dispatch: one vehicle, one matter, one pass
                    String plate = Api.plate();
                    passOf(planned(UUID.randomUUID().toString(), plate));
                    String second = UUID.randomUUID().toString();
                    send(DISPATCH + "planned", second, DispatchPassFlowTest.dispatch(second, plate, "PLANNED", null));
                    Await.until(() -> Sql.count("select count(*) from outbox_event where type = ? and aggregate_id = ?",
                            CheckpointEvents.PASS_DISPATCH_REFUSED.type(), second) == 1);
                    return ProviderPact.outboxData(CheckpointEvents.PASS_DISPATCH_REFUSED, second);
                })
                .produces(CheckpointEvents.REFERRAL_OPENED, () -> {
                    // a passenger at 38.1 °C: the inspection opens a referral to the checkpoint's designated hospital
                    String referral = Api.inspector().body(Api.inspection(Api.checkpoint(), Api.plate(), null,
                                    List.of(Api.occupant("DRIVER", "36.6"), Api.occupant("PASSENGER", "38.1"))))
                            .post(Api.BASE + "/inspections").then().statusCode(201).extract().path("referralIds[0]");
                    return ProviderPact.outboxData(CheckpointEvents.REFERRAL_OPENED, referral);
                })
                .tests();
    }

    /** supplies-service's dispatch.planned of a new dispatch; the dispatch id. */
    private static String planned(String dispatch, String plate) {
        send(DISPATCH + "planned", dispatch, DispatchPassFlowTest.dispatch(dispatch, plate, "PLANNED", null));
        return dispatch;
    }

    private static void send(String type, String dispatch, String json) {
        try (EventSender events = new EventSender()) {
            events.send(DISPATCHES, type, dispatch, json);
        }
    }

    /** The green-lane pass the consumer issued for the dispatch, once it has; its id. */
    private static String passOf(String dispatch) {
        Await.until(() -> Sql.count("select count(*) from pass where dispatch_id = ?::uuid", dispatch) == 1);
        return Sql.text("select id::text from pass where dispatch_id = ?::uuid", dispatch);
    }
}
