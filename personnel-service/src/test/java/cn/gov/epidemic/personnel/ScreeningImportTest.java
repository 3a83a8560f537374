package cn.gov.epidemic.personnel;

import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk import of household visits: the single POST's rules per row, the events of the created, a replay, CSV. */
@QuarkusTest
class ScreeningImportTest {

    private static final String PATH = Api.BASE + "/screening-visits/imports";

    private static Map<String, Object> visit(String division, String household, String worker, OffsetDateTime at) {
        Map<String, Object> v = new HashMap<>(Map.of("divisionCode", division, "household", household, "visitedAt", at.toString(),
                "residents", 2, "outcome", "NO_RISK"));
        if (worker != null) v.put("workerId", worker);
        return v;
    }

    @Test
    void goodVisitsAreRecordedAndBadOnesChangeNothing() {
        String village = Api.village();
        String worker = Api.person("批量网格员");
        OffsetDateTime at = OffsetDateTime.of(2020, 2, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8));
        List<Object> rows = new ArrayList<>();
        rows.add(visit(village, "批量1号院", worker, at));                                 // 0 good
        rows.add(visit(village.substring(0, 9), "批量2号院", worker, at));                 // 1 a town: not grassroots
        rows.add(visit(village, "批量3号院", Api.uuid(), at));                             // 2 no such worker
        rows.add(visit(village, "批量4号院", null, OffsetDateTime.now().plusDays(1)));     // 3 in the future
        rows.add(visit(village, "", null, at));                                            // 4 blank household (Bean Validation)
        rows.add(visit(village, "批量6号院", null, at.plusMinutes(5)));                    // 5 good
        String key = Api.uuid();
        JsonPath report = Api.writer().header("Idempotency-Key", key).header("Accept-Language", "en").body(rows).post(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "CREATED"), report.getList("rows.status"));
        assertEquals("divisionCode", report.getString("rows[1].problems[0].field"));
        assertEquals("workerId", report.getString("rows[2].problems[0].field"));
        assertEquals("visitedAt", report.getString("rows[3].problems[0].field"));
        assertEquals("household", report.getString("rows[4].problems[0].field"));
        for (String h : List.of("批量2号院", "批量3号院", "批量4号院")) {
            assertEquals(0, Sql.count("select count(*) from screening_visit where household = ?", h), h);
        }
        for (int i : new int[] {0, 5}) {
            String id = report.getString("rows[" + i + "].id");
            assertEquals(1, Sql.count("select count(*) from screening_visit where id = cast(? as uuid)", id));
            assertEquals(1, Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = ?", id,
                    PersonnelEvents.SCREENING_VISIT_RECORDED.type()));
        }
        Api.writer().header("Idempotency-Key", key).body(rows).post(PATH).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("rows[0].id", equalTo(report.getString("rows[0].id")));
        assertEquals(1, Sql.count("select count(*) from screening_visit where household = '批量1号院'"), "the replay recorded nothing");
        System.out.printf("[test] screening visits import: 6 rows, %d created, %d refused; replayed with its key%n",
                report.getInt("created"), report.getInt("refused"));
    }

    @Test
    void aCsvFileOfVisits() {
        String village = Api.village();
        String csv = "household,divisionCode,visitedAt,residents,outcome\n"
                + "表格1号院," + village + ",2020-02-02T09:00:00+08:00,3,NO_RISK\n"
                + "表格2号院," + village + ",2020-02-02T09:10:00+08:00,101,NO_RISK\n";
        JsonPath report = Api.writer().header("Idempotency-Key", Api.uuid()).contentType("text/csv; charset=UTF-8").body(csv).post(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "REFUSED"), report.getList("rows.status"));
        assertEquals("residents", report.getString("rows[1].problems[0].field"));
        assertTrue(Sql.count("select count(*) from screening_visit where household = '表格1号院' and residents = 3") == 1);
        System.out.println("[test] screening visits import as CSV: 2 lines, 1 created, 1 refused (residents over 100)");
    }
}
