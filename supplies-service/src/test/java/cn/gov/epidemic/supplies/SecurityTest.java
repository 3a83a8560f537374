package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Deny by default: no token is 401, a token without the operation's role is 403, both as problems. */
@QuarkusTest
class SecurityTest {

    private static final String ITEMS = Api.BASE + "/items";

    @Test
    void noTokenIs401Problem() {
        RestAssured.given().get(ITEMS).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
        RestAssured.given().header("Authorization", "Bearer " + Tokens.expired("late", Roles.SUPPLIES_READ)).get(ITEMS).then().statusCode(401);
    }

    @Test
    void wrongRoleIs403() {
        Api.as(Roles.PERSONNEL_READ).get(ITEMS).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://epidemic.gov.cn/problems/forbidden"));
        Api.reader().body(Map.of("code", "X1", "name", "x", "category", "OTHER", "unitOfMeasure", "piece", "standard", "s"))
                .post(ITEMS).then().statusCode(403);
        // reserving and approving allocations need supplies:allocate; supplies:write is not enough
        Api.writer().body(Map.of("recipientId", UUID.randomUUID().toString(), "itemId", UUID.randomUUID().toString(),
                "warehouseId", UUID.randomUUID().toString(), "quantity", 1)).post(Api.BASE + "/reservations").then().statusCode(403);
        Api.writer().post(Api.BASE + "/allocation-plans/" + UUID.randomUUID() + "/approval").then().statusCode(403);
        Api.allocator().body(Map.of("donor", "x", "kind", "MONEY", "receivedOn", "2020-01-30", "receivedBy", "x", "amount", new java.math.BigDecimal("1"), "currency", "CNY", "directed", false))
                .post(Api.BASE + "/donations").then().statusCode(403);
    }

    @Test
    void rightRoleIs200AndAdminMayDoAll() {
        Api.reader().get(ITEMS).then().statusCode(200);
        Api.as(Roles.ADMIN).get(Api.BASE + "/stock/reconciliation").then().statusCode(200);
        RestAssured.given().get("/q/health/live").then().statusCode(200);
    }
}
