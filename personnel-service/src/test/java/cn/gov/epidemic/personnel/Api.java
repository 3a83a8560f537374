package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.RealInfra;
import cn.gov.epidemic.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helpers: requests as a client with given roles, and fixtures created through the API. Also the one place
 * that starts the real PostgreSQL and Kafka for every test class of this module.
 */
@QuarkusTestResource(value = RealInfra.class, restrictToAnnotatedClass = false)
public final class Api {

    static final String BASE = "/api/v1/personnel";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Api() {
    }

    static RequestSpecification as(String... roles) {
        return RestAssured.given().header("Authorization", Tokens.bearer("test-client", roles)).contentType(ContentType.JSON);
    }

    static RequestSpecification writer() {
        return as(Roles.PERSONNEL_READ, Roles.PERSONNEL_WRITE);
    }

    static RequestSpecification reader() {
        return as(Roles.PERSONNEL_READ);
    }

    /** A fresh 12-digit village code under a fresh town under a fresh county, each test its own. */
    static String village() {
        int n = SEQ.incrementAndGet();
        String county = "71" + String.format("%04d", n);
        String town = county + "001";
        String village = town + "001";
        register("700000", "测试市", "CITY", null);
        register(county, "测试县" + n, "COUNTY", "700000");
        register(town, "测试镇" + n, "TOWN", county);
        register(village, "测试村" + n, "VILLAGE", town);
        return village;
    }

    static void register(String code, String name, String kind, String parent) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", name, "kind", kind, "households", 100));
        if (parent != null) body.put("parentCode", parent);
        int status = writer().body(body).post(BASE + "/divisions").then().extract().statusCode();
        if (status != 201 && status != 409) throw new IllegalStateException("division " + code + ": " + status);
    }

    static String person(String name) {
        return writer().body(Map.of("name", name, "category", "POLICE_OFFICER", "partyMember", true))
                .post(BASE + "/people").then().statusCode(201).extract().path("id");
    }

    static String personWithPii(String name, String idCard, String phone) {
        return writer().body(Map.of("name", name, "category", "GRID_WORKER", "idCardNumber", idCard, "phone", phone))
                .post(BASE + "/people").then().statusCode(201).extract().path("id");
    }

    static String plannedDeployment(String personId, String village) {
        return writer().body(Map.of("personId", personId, "destinationType", "DIVISION", "divisionCode", village,
                        "duties", java.util.List.of("SCREENING")))
                .post(BASE + "/deployments").then().statusCode(201).extract().path("id");
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }
}
