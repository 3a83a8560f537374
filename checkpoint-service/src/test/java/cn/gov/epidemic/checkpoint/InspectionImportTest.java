package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import of inspections, on the real database: each row decided by the single POST's rules (an OPEN
 * checkpoint, fevers referred), refused rows write nothing, created rows come with their referrals, events and audit
 * rows; one Idempotency-Key for the batch; CSV; the limits.
 */
@QuarkusTest
class InspectionImportTest {

    private static final String PATH = Api.BASE + "/inspections/imports";

    @Test
    void goodRowsAreRecordedWithTheirReferralsAndBadRowsChangeNothing() {
        String open = Api.checkpoint();
        String closed = Api.checkpoint();
        Api.admin().body(Map.of("state", "CLOSED", "reason", "通道关闭")).post(Api.BASE + "/" + closed + "/state").then().statusCode(200);
        String[] plates = {Api.plate(), Api.plate(), Api.plate(), Api.plate(), Api.plate()};
        List<Object> rows = new ArrayList<>();
        rows.add(Api.inspection(open, plates[0], null, List.of(Api.occupant("DRIVER", "36.5"))));                                  // 0 passed
        rows.add(Api.inspection(open, plates[1], null, List.of(Api.occupant("DRIVER", "36.6"), Api.occupant("PASSENGER", "38.1")))); // 1 a fever: referral
        rows.add(Api.inspection(closed, plates[2], null, List.of(Api.occupant("DRIVER", "36.5"))));                                // 2 checkpoint closed
        rows.add(Api.inspection(java.util.UUID.randomUUID().toString(), plates[3], null, List.of(Api.occupant("DRIVER", "36.5")))); // 3 no such checkpoint
        rows.add(Api.inspection(open, plates[4], null, List.of(Api.occupant("DRIVER", "44.0"))));                                  // 4 temperature out of range
        String key = Api.next() + "-import";
        JsonPath report = Api.inspector().header("Idempotency-Key", key).header("Accept-Language", "en").body(rows).post(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "CREATED", "REFUSED", "REFUSED", "REFUSED"), report.getList("rows.status"), report.prettify());
        assertTrue(report.getString("rows[2].problems[0].type").endsWith("/checkpoint-not-open"));
        assertEquals("checkpointId", report.getString("rows[3].problems[0].field"));
        assertEquals("occupants[0].temperature", report.getString("rows[4].problems[0].field"));
        for (int i : new int[] {2, 3, 4}) assertEquals(0, Sql.count("select count(*) from inspection where plate = ?", plates[i]), plates[i]);

        String passed = report.getString("rows[0].id");
        String fever = report.getString("rows[1].id");
        List<String> referrals = report.getList("rows[1].relatedIds");
        assertEquals(1, referrals.size());
        assertEquals(List.of(), report.getList("rows[0].relatedIds"));
        Api.inspector().get(Api.BASE + "/inspections/" + fever).then().statusCode(200).body("outcome", equalTo("REFERRED"))
                .body("referralIds[0]", equalTo(referrals.get(0))).body("occupants[1].idCardNumber", org.hamcrest.Matchers.containsString("****"));
        Api.inspector().get(Api.BASE + "/inspections/" + passed).then().statusCode(200).body("outcome", equalTo("PASSED"));
        assertEquals(1, Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = ?", passed, CheckpointEvents.INSPECTION_RECORDED.type()));
        assertEquals(1, Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = ?", fever, CheckpointEvents.INSPECTION_RECORDED.type()));
        assertEquals(1, Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = ?", referrals.get(0), CheckpointEvents.REFERRAL_OPENED.type()));
        assertEquals(1, Sql.count("select count(*) from audit_log where action = 'CREATE' and target_type = 'inspection' and target_id = ? and detail = 'REFERRED'", fever));

        // the same key and rows: the report again, nothing recorded twice; the same key with other rows: 422
        Api.inspector().header("Idempotency-Key", key).body(rows).post(PATH).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("rows[1].id", equalTo(fever));
        assertEquals(1, Sql.count("select count(*) from inspection where plate = ?", plates[1]));
        Api.inspector().header("Idempotency-Key", key).body(rows.subList(0, 1)).post(PATH).then().statusCode(422);
        System.out.printf("[test] inspections import: 5 rows, %d created (1 referral), %d refused; replayed with its key, another body 422%n",
                report.getInt("created"), report.getInt("refused"));
    }

    @Test
    void aCsvFileOfVehicles() {
        String cp = Api.checkpoint();
        String a = Api.plate(), b = Api.plate();
        String csv = "checkpointId,plate,vehicleKind,driverName,driverTemperature,passengerTemperatures\n"
                + cp + "," + a + ",VAN,赵立新,36.6,36.5;37.9\n"
                + cp + "," + b + ",BOAT,钱多,36.6,\n";
        // an unknown vehicle kind cannot be read as a row at all: the whole file is refused
        Api.inspector().header("Idempotency-Key", "csv-" + Api.next()).contentType("text/csv; charset=UTF-8").body(csv).post(PATH).then().statusCode(400);
        assertEquals(0, Sql.count("select count(*) from inspection where plate = ?", a));
        String good = csv.replace(",BOAT,", ",TRUCK,");
        JsonPath report = Api.inspector().header("Idempotency-Key", "csv-" + Api.next()).contentType("text/csv; charset=UTF-8").body(good).post(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "CREATED"), report.getList("rows.status"));
        assertEquals(1, report.getList("rows[0].relatedIds").size(), "the passenger at 37.9 is referred");
        Api.inspector().get(Api.BASE + "/inspections/" + report.getString("rows[0].id")).then().body("occupants.size()", equalTo(3))
                .body("occupants[0].role", equalTo("DRIVER")).body("occupants[0].name", equalTo("赵立新"));
        System.out.println("[test] inspections import as CSV: an unknown vehicle kind refuses the file (400); 2 lines, 2 created, 1 referral");
    }

    @Test
    void theKeyTheRoleAndTheRowLimit() {
        String cp = Api.checkpoint();
        Map<String, Object> one = Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", "36.5")));
        Api.inspector().body(List.of(one)).post(PATH).then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
        Api.as(Roles.CHECKPOINT_READ).header("Idempotency-Key", "ro-" + Api.next()).body(List.of(one)).post(PATH).then().statusCode(403);
        List<Object> many = new ArrayList<>();
        Map<String, Object> small = new HashMap<>(Map.of("checkpointId", cp, "plate", "蒙D1", "vehicleKind", "VAN", "occupants", List.of()));
        for (int i = 0; i <= 5000; i++) many.add(small);
        Api.inspector().header("Idempotency-Key", "many-" + Api.next()).body(many).post(PATH).then().statusCode(413);
        assertEquals(0, Sql.count("select count(*) from inspection where checkpoint_id = ?::uuid", cp));
        System.out.println("[test] inspections import: no key 400, a reader 403, 5,001 rows 413");
    }
}
