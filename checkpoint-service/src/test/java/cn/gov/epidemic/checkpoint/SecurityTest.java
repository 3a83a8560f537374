package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Deny by default: no token 401; a token without the operation's role 403; all as problems. */
@QuarkusTest
class SecurityTest {

    @Test
    void noTokenOrAnExpiredOneIs401() {
        for (String path : List.of(Api.BASE, Api.BASE + "/pass-keys", Api.BASE + "/pass-revocations", Api.BASE + "/closures/active")) {
            RestAssured.given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
        }
        RestAssured.given().header("Authorization", "Bearer " + Tokens.expired("late", Roles.CHECKPOINT_READ)).get(Api.BASE).then().statusCode(401);
    }

    @Test
    void eachOperationNeedsItsRole() {
        String cp = Api.checkpoint();
        // another service's roles see nothing
        Api.as(Roles.PERSONNEL_READ, Roles.SUPPLIES_WRITE).get(Api.BASE).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://epidemic.gov.cn/problems/forbidden"));
        // a reader cannot inspect, issue, approve or register
        Api.as(Roles.CHECKPOINT_READ).body(Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", "36.5"))))
                .post(Api.BASE + "/inspections").then().statusCode(403);
        Api.as(Roles.CHECKPOINT_READ).body(Api.emergencyPass(Api.plate())).post(Api.BASE + "/passes/emergency-transport").then().statusCode(403);
        Api.as(Roles.CHECKPOINT_READ).body(Map.of("code", "CP1.AAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA")).post(Api.BASE + "/passes/verification").then().statusCode(403);
        Api.as(Roles.CHECKPOINT_INSPECT).body(Api.emergencyPass(Api.plate())).post(Api.BASE + "/passes/emergency-transport").then().statusCode(403);
        Api.as(Roles.PASS_ISSUE).body(Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", "36.5"))))
                .post(Api.BASE + "/inspections").then().statusCode(403);
        Api.as(Roles.CHECKPOINT_INSPECT).body(Map.of("state", "CLOSED")).post(Api.BASE + "/" + cp + "/state").then().statusCode(403);
        // and the right role is let through
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + cp).then().statusCode(200).header("ETag", equalTo("\"0\""));
        Api.as(Roles.CHECKPOINT_INSPECT).body(Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", "36.5"))))
                .post(Api.BASE + "/inspections").then().statusCode(201);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theSigningKeyIsNeverServedOnlyPublicKeys() {
        String keys = Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/pass-keys").then().statusCode(200)
                .body("keys[0].algorithm", equalTo("Ed25519")).body("keys[0].active", equalTo(true)).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(keys.toLowerCase().contains("private"), keys);
    }
}
