package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.pii.IdCardNumbers;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import of people with their deployments, on the real database: good rows complete (the person, every
 * deployment, their events in the outbox, their audit rows), bad rows refused with the single POST's problems and
 * nothing of them written, one Idempotency-Key for the batch (a retry replays the report), CSV, and the limits.
 */
@QuarkusTest
class PeopleImportTest {

    private static final String PATH = Api.BASE + "/people/imports";
    private static final AtomicInteger SERIAL = new AtomicInteger(700);

    /** A fresh valid ID-card number (Xincheng district, born 1980-01-01, its own serial and check digit). */
    private static String idCard() {
        String base = "15010219800101" + String.format("%03d", SERIAL.incrementAndGet());
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (base.charAt(i) - '0') * w[i];
        String card = base + "10X98765432".charAt(sum % 11);
        assertTrue(IdCardNumbers.isValid(card));
        return card;
    }

    private static Map<String, Object> person(String name, String idCard) {
        Map<String, Object> p = new HashMap<>(Map.of("name", name, "category", "POLICE_OFFICER", "partyMember", true));
        if (idCard != null) p.put("idCardNumber", idCard);
        return p;
    }

    private static Map<String, Object> deployment(String village, boolean activate) {
        return Map.of("destinationType", "DIVISION", "divisionCode", village, "duties", List.of("SCREENING"), "activateNow", activate);
    }

    private static Map<String, Object> row(Map<String, Object> person, Map<?, ?>... deployments) {
        return Map.of("person", person, "deployments", List.of(deployments));
    }

    private static Response send(String key, Object body) {
        return Api.writer().header("Idempotency-Key", key).header("Accept-Language", "en").body(body).post(PATH);
    }

    @Test
    void goodRowsAreCompleteAndBadRowsChangeNothing() {
        String village = Api.village();
        String town = village.substring(0, 9);
        String taken = idCard();
        Api.personWithPii("已登记", taken, "13800000001");
        String dup = idCard();
        List<Object> rows = new ArrayList<>();
        rows.add(row(person("批量甲", idCard()), deployment(village, true)));                             // 0 good, active
        rows.add(row(person("批量乙", null), deployment(village, false), deployment(village, false)));    // 1 good, two planned
        rows.add(row(person("批量丙", "150102198001010010")));                                           // 2 bad check digit (Bean Validation)
        rows.add(row(person("批量丁", taken), deployment(village, true)));                               // 3 ID card registered to someone else
        rows.add(row(person("批量戊", dup)));                                                              // 4 good
        rows.add(row(person("批量己", dup)));                                                              // 5 the same ID card as row 4
        rows.add(row(person("批量庚", null), deployment(village, true), deployment(village, true)));      // 6 two active deployments
        rows.add(row(person("批量辛", null), deployment(town, false)));                                   // 7 good: a town (level 3) takes deployments too
        rows.add(row(person("批量壬", null), deployment("799999001001", false)));                          // 8 no such division
        Map<String, Object> unit = new HashMap<>(person("批量癸", null));
        unit.put("unitId", Api.uuid());
        rows.add(row(unit));                                                                               // 9 no such unit

        JsonPath report = send(Api.uuid(), rows).then().statusCode(200).extract().jsonPath();
        System.out.printf("[test] people import: %d rows, %d created, %d refused%n", report.getInt("total"), report.getInt("created"), report.getInt("refused"));
        assertEquals(10, report.getInt("total"));
        List<String> statuses = report.getList("rows.status");
        assertEquals(List.of("CREATED", "CREATED", "REFUSED", "REFUSED", "CREATED", "REFUSED", "REFUSED", "CREATED", "REFUSED", "REFUSED"), statuses);
        assertEquals(4, report.getInt("created"));
        assertEquals(6, report.getInt("refused"));
        assertEquals("person.idCardNumber", report.getString("rows[2].problems[0].field"));
        assertTrue(report.getString("rows[3].problems[0].type").endsWith("/id-card-number-taken"), report.getString("rows[3].problems[0].type"));
        assertTrue(report.getString("rows[5].problems[0].type").endsWith("/id-card-number-taken"));
        assertTrue(report.getString("rows[6].problems[0].type").endsWith("/person-already-deployed"), report.getString("rows[6].problems[0].type"));
        assertEquals("deployments[0].divisionCode", report.getString("rows[8].problems[0].field"));
        assertEquals("person.unitId", report.getString("rows[9].problems[0].field"));
        assertTrue(report.getString("rows[9].problems[0].message").startsWith("no unit"), "in English: " + report.getString("rows[9].problems[0].message"));

        // the refused rows wrote nothing
        for (String name : List.of("批量丙", "批量丁", "批量己", "批量庚", "批量壬", "批量癸")) {
            assertEquals(0, Sql.count("select count(*) from person where name = ?", name), name);
        }
        // the created rows are complete: the person, each deployment in its state, their events and audit rows
        String first = report.getString("rows[0].id");
        List<String> firstDeployments = report.getList("rows[0].relatedIds");
        assertEquals(1, firstDeployments.size());
        Api.reader().get(Api.BASE + "/people/" + first).then().statusCode(200).body("name", equalTo("批量甲"))
                .body("idCardNumber", containsString("****"));
        Api.reader().get(Api.BASE + "/deployments/" + firstDeployments.get(0)).then().statusCode(200)
                .body("state", equalTo("ACTIVE")).body("personId", equalTo(first));
        List<String> second = report.getList("rows[1].relatedIds");
        assertEquals(2, second.size());
        for (String d : second) Api.reader().get(Api.BASE + "/deployments/" + d).then().statusCode(200).body("state", equalTo("PLANNED"));
        assertEquals(List.of(), report.getList("rows[4].relatedIds"));

        assertEquals(1, events(first, PersonnelEvents.PERSON_REGISTERED.type()));
        assertEquals(1, events(firstDeployments.get(0), PersonnelEvents.DEPLOYMENT_PLANNED.type()));
        assertEquals(1, events(firstDeployments.get(0), PersonnelEvents.DEPLOYMENT_ACTIVATED.type()));
        for (String d : second) {
            assertEquals(1, events(d, PersonnelEvents.DEPLOYMENT_PLANNED.type()));
            assertEquals(0, events(d, PersonnelEvents.DEPLOYMENT_ACTIVATED.type()));
        }
        assertEquals(1, Sql.count("select count(*) from audit_log where action = 'CREATE' and target_type = 'person' and target_id = ?", first));
        assertEquals(1, Sql.count("select count(*) from audit_log where action = 'CREATE' and target_type = 'deployment' and target_id = ? and detail = 'ACTIVE'",
                firstDeployments.get(0)));
        // the event carries the masked record, as the single POST's does
        String payload = Sql.text("select payload::text from outbox_event where aggregate_id = ? and type = ?", first, PersonnelEvents.PERSON_REGISTERED.type());
        assertTrue(payload.contains("\"piiMasked\": true") || payload.contains("\"piiMasked\":true"), payload);
    }

    private static long events(String aggregateId, String type) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = ?", aggregateId, type);
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheReport() {
        String village = Api.village();
        String key = Api.uuid();
        List<Object> rows = List.of(row(person("重试甲", idCard()), deployment(village, true)), row(person("", null)));
        Response first = send(key, rows);
        first.then().statusCode(200);
        Response again = send(key, rows);
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getString("rows[0].id"), again.jsonPath().getString("rows[0].id"));
        assertEquals(first.jsonPath().getList("rows.status"), again.jsonPath().getList("rows.status"));
        assertEquals(1, Sql.count("select count(*) from person where name = '重试甲'"), "one person, not two");
        // the same key with another batch
        send(key, List.of(row(person("重试乙", null)))).then().statusCode(422);
        assertEquals(0, Sql.count("select count(*) from person where name = '重试乙'"));
        System.out.println("[test] people import retried with its key: replayed, 1 person; another body with that key: 422");
    }

    @Test
    void aCsvFileImportsOnePersonAndDeploymentPerLine() {
        String village = Api.village();
        String card = idCard();
        String csv = "name,category,partyMember,idCardNumber,destinationType,divisionCode,duties,activateNow\n"
                + "表格甲,GRID_WORKER,true," + card + ",DIVISION," + village + ",SCREENING;REGISTRATION,true\n"
                + ",GRID_WORKER,false,,,,,\n"
                + "表格丙,VILLAGE_CADRE,,,,,,\n";
        JsonPath report = Api.writer().header("Idempotency-Key", Api.uuid()).header("Accept-Language", "en").contentType("text/csv; charset=UTF-8")
                .body(csv).post(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "REFUSED", "CREATED"), report.getList("rows.status"));
        assertEquals("person.name", report.getString("rows[1].problems[0].field"));
        String deployment = report.getString("rows[0].relatedIds[0]");
        Api.reader().get(Api.BASE + "/deployments/" + deployment).then().statusCode(200).body("state", equalTo("ACTIVE"))
                .body("duties.size()", equalTo(2)).body("divisionCode", equalTo(village));
        assertEquals(List.of(), report.getList("rows[2].relatedIds"), "no deployment columns: no deployment");
        assertNull(report.get("rows[1].id"));
        // an unknown column is refused as a whole
        Api.writer().header("Idempotency-Key", Api.uuid()).contentType("text/csv; charset=UTF-8").body("name,category,rank\n表格丁,GRID_WORKER,1\n")
                .post(PATH).then().statusCode(400);
        assertEquals(0, Sql.count("select count(*) from person where name = '表格丁'"));
        // a file exported as GBK is refused, naming the encoding, not imported with U+FFFD for its names
        byte[] gbk = "name,category\n表格戊,GRID_WORKER\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        Api.writer().header("Idempotency-Key", Api.uuid()).header("Accept-Language", "en").contentType("text/csv; charset=UTF-8").body(gbk)
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body")).body("violations[0].message", containsString("UTF-8"));
        // the byte-order mark of Excel's "CSV UTF-8" is not part of the first column's name
        JsonPath bom = Api.writer().header("Idempotency-Key", Api.uuid()).contentType("text/csv; charset=UTF-8")
                .body("\uFEFFname,category\n表格己,GRID_WORKER\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED"), bom.getList("rows.status"));
        assertEquals(0, Sql.count("select count(*) from person where name like '%\uFFFD%'"));
        System.out.println("[test] people import as CSV: 3 lines, 2 created (one with its deployment), 1 refused; an unknown column: 400; GBK bytes: 400; a BOM: read");
    }

    @Test
    void theLimitsAndTheKeyAreRequired() {
        Api.writer().body(List.of(row(person("无键", null)))).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        List<Object> many = new ArrayList<>();
        for (int i = 0; i <= 5000; i++) many.add(Map.of("person", Map.of("name", "多", "category", "GRID_WORKER")));
        send(Api.uuid(), many).then().statusCode(413).body("type", containsString("payload-too-large")).body("detail", containsString("5000"));
        send(Api.uuid(), List.of()).then().statusCode(400);
        send(Api.uuid(), List.of(Map.of("person", Map.of("name", "字段", "category", "GRID_WORKER"), "rank", 1))).then().statusCode(400)
                .body("violations[0].field", containsString("rank"));
        Api.as(Roles.PERSONNEL_READ).header("Idempotency-Key", Api.uuid()).body(List.of(row(person("只读", null)))).post(PATH).then().statusCode(403);
        assertEquals(0, Sql.count("select count(*) from person where name in ('无键', '多', '字段', '只读')"));
        System.out.println("[test] people import limits: no key 400, 5,001 rows 413, no rows 400, an unknown field 400, a reader 403");
    }

    @Test
    void theDocumentedCsvExampleIsAccepted() {
        // the CSV example of the OpenAPI document, with its unit and plan replaced by real ones (ApiExamplesTest sends the JSON one)
        String doc = Api.reader().get("/q/openapi?format=json").asString();
        String csv = JsonPath.from(doc).getString("paths.'/api/v1/personnel/people/imports'.post.requestBody.content.'text/csv'.examples.one-officer-csv.value");
        assertNotNull(csv);
        Api.register("150100", "呼和浩特市", "CITY", null);
        Api.register("150102", "新城区", "DISTRICT", "150100");
        Api.register("150102001", "新城区第1街道", "SUBDISTRICT", "150102");
        Api.register("150102001001", "新城区1-1社区", "COMMUNITY", "150102001");
        String unit = Api.writer().body(Map.of("name", "导入示例单位", "kind", "JUSTICE_BUREAU", "divisionCode", "150102")).post(Api.BASE + "/units")
                .then().statusCode(201).extract().path("id");
        String[] fields = csv.split("\n")[1].split(",");
        String line = csv.replace(fields[2], unit).replace(fields[6], "");
        JsonPath report = Api.writer().header("Idempotency-Key", Api.uuid()).contentType("text/csv; charset=UTF-8").body(line).post(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, report.getInt("total"));
        assertEquals("CREATED", report.getString("rows[0].status"), report.prettify());
        System.out.printf("[test] the documented CSV example: %s %s%n", report.getString("rows[0].status"), report.getList("rows[0].problems"));
    }
}
