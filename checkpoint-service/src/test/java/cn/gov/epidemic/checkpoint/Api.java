package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.pii.IdCardNumbers;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.RealInfra;
import cn.gov.epidemic.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helpers: requests as a client with given roles, and fixtures created through the API. Also the one place
 * that starts the real PostgreSQL and Kafka for every test class of this module.
 */
@QuarkusTestResource(value = RealInfra.class, restrictToAnnotatedClass = false)
public final class Api {

    static final String BASE = "/api/v1/checkpoints";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Api() {
    }

    static RequestSpecification as(String... roles) {
        return asClient("test-client", roles);
    }

    static RequestSpecification asClient(String subject, String... roles) {
        return RestAssured.given().header("Authorization", Tokens.bearer(subject, roles)).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as(Roles.ADMIN);
    }

    static RequestSpecification inspector() {
        return as(Roles.CHECKPOINT_INSPECT, Roles.CHECKPOINT_READ);
    }

    static RequestSpecification issuer() {
        return as(Roles.PASS_ISSUE);
    }

    static int next() {
        return SEQ.incrementAndGet();
    }

    /** A fresh, open checkpoint; returns its id. */
    static String checkpoint() {
        int n = next();
        Map<String, Object> body = new HashMap<>(Map.of("code", "T-" + n + "-" + System.nanoTime() % 100000, "name", "测试检测站" + n,
                "kind", "COUNTY_ROAD_ENTRANCE", "divisionCode", "150402", "agencies", List.of("TRANSPORT", "TRAFFIC_POLICE", "HEALTH"),
                "greenLane", true, "designatedHospital", "赤峰市医院"));
        return admin().body(body).post(BASE).then().statusCode(201).extract().path("id");
    }

    /** A plate nobody else uses in this run. */
    static String plate() {
        return String.format("蒙D%05d", 10000 + next() * 7 % 89999);
    }

    static String idCard(int seq) {
        return IdCardNumbers.compose("150402", "19850312", seq % 1000);
    }

    static Map<String, Object> person(String name, int seq) {
        return Map.of("name", name, "idCardNumber", idCard(seq), "phone", "13904761234");
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static Map<String, Object> privatePass(String plate, LocalDate departure, int passengers) {
        List<Map<String, Object>> ps = new java.util.ArrayList<>();
        for (int i = 0; i < passengers; i++) ps.add(person("乘车人" + i, next()));
        return Map.of("plate", plate, "issuingBody", "红山区长青街道长青社区", "driver", person("李志强", next()),
                "passengers", ps, "origin", "红山区长青社区", "destination", "元宝山区平庄镇", "departureDate", departure.toString());
    }

    static Map<String, Object> emergencyPass(String plate) {
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        return Map.of("plate", plate, "issuingBody", "通辽市交通运输局", "driver", person("赵海军", next()),
                "matter", "向通辽市医院运送防护物资", "cargo", "医用防护服 2000 套", "route", "G45 大广高速", "destination", "通辽市医院",
                "validFrom", iso(now.minusHours(1)), "validUntil", iso(now.plusDays(2)));
    }

    static Map<String, Object> occupant(String role, String temperature) {
        return Map.of("role", role, "name", "测温" + next(), "idCardNumber", idCard(next()), "phone", "13812345678", "temperature", new java.math.BigDecimal(temperature));
    }

    static Map<String, Object> inspection(String checkpointId, String plate, String passCode, List<Map<String, Object>> occupants) {
        Map<String, Object> m = new HashMap<>(Map.of("checkpointId", checkpointId, "plate", plate, "vehicleKind", "PRIVATE_CAR",
                "origin", "红山区", "destination", "元宝山区", "occupants", occupants));
        if (passCode != null) m.put("passCode", passCode);
        return m;
    }
}
