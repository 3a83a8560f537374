package cn.gov.epidemic.personnel;

import cn.gov.epidemic.devstack.DevKeys;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Deny by default: no token or a bad one is 401, a token without the operation's role is 403, all as problems. */
@QuarkusTest
class SecurityTest {

    private static final String PEOPLE = Api.BASE + "/people";

    @Test
    void noTokenIs401Problem() {
        RestAssured.given().get(PEOPLE).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
    }

    @Test
    void garbageTokenIs401() {
        RestAssured.given().header("Authorization", "Bearer not.a.jwt").get(PEOPLE).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws Exception {
        DevKeys other = DevKeys.inDirectory(Files.createTempDirectory("other-keys-"));
        String forged = other.token("intruder", List.of(Roles.ADMIN), 300);
        RestAssured.given().header("Authorization", "Bearer " + forged).get(PEOPLE).then().statusCode(401);
    }

    @Test
    void expiredTokenIs401() throws Exception {
        // a token that expired an hour ago, signed with the right key (beyond the clock skew allowed)
        RestAssured.given().header("Authorization", "Bearer " + Tokens.expired("late-client", Roles.PERSONNEL_READ))
                .get(PEOPLE).then().statusCode(401);
    }

    @Test
    void tokenIssuedInTheFutureIs401() {
        // a day ahead: exp is in the future and exp - iat is short, so only the kit's IssuedAtCheck refuses it
        String tomorrow = Tokens.issued("time-traveller", Instant.now().plus(Duration.ofDays(1)), 60, Roles.PERSONNEL_READ);
        RestAssured.given().header("Authorization", "Bearer " + tomorrow).get(PEOPLE).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
        // within the clock skew (60 s) it is accepted
        String skewed = Tokens.issued("skewed-clock", Instant.now().plusSeconds(20), 60, Roles.PERSONNEL_READ);
        RestAssured.given().header("Authorization", "Bearer " + skewed).get(PEOPLE).then().statusCode(200);
    }

    @Test
    void tokenLivingLongerThanTheMaximumIs401() {
        // 12 h, like the token the run command used to print: over smallrye.jwt.time-to-live (10 min)
        String longLived = Tokens.issued("hoarder", Instant.now(), 12 * 3600, Roles.PERSONNEL_READ);
        RestAssured.given().header("Authorization", "Bearer " + longLived).get(PEOPLE).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
    }

    @Test
    void gatewayShapedTokenIs200() {
        // what the gateway mints: issued now, 60 s
        String gateway = Tokens.issued("gateway-client", Instant.now(), 60, Roles.PERSONNEL_READ);
        RestAssured.given().header("Authorization", "Bearer " + gateway).get(PEOPLE).then().statusCode(200);
    }

    // the kit's verified-token cache (kit security.VerifiedTokenCache): a token verified once is not verified again,
    // yet nothing it refused before gets in after a valid token was cached

    @Test
    void expiredTokenIs401AfterAValidOneWasCached() {
        String valid = Tokens.issued("cached-client", Instant.now(), 60, Roles.PERSONNEL_READ);
        for (int i = 0; i < 2; i++) RestAssured.given().header("Authorization", "Bearer " + valid).get(PEOPLE).then().statusCode(200);
        RestAssured.given().header("Authorization", "Bearer " + Tokens.expired("cached-client", Roles.PERSONNEL_READ))
                .get(PEOPLE).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
    }

    @Test
    void anotherSignatureOverACachedTokensClaimsIs401() throws Exception {
        String valid = Tokens.issued("cached-client", Instant.now(), 60, Roles.ADMIN);
        RestAssured.given().header("Authorization", "Bearer " + valid).get(PEOPLE).then().statusCode(200);
        // the very same header and claims, signed with another key
        String claims = new String(Base64.getUrlDecoder().decode(valid.split("\\.")[1]), StandardCharsets.UTF_8);
        String forged = DevKeys.inDirectory(Files.createTempDirectory("other-keys-")).signed(claims);
        assertEquals(valid.substring(0, valid.lastIndexOf('.')), forged.substring(0, forged.lastIndexOf('.')));
        RestAssured.given().header("Authorization", "Bearer " + forged).get(PEOPLE).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
        // the cached token's signature altered in its middle
        int i = valid.lastIndexOf('.') + 100;
        String altered = valid.substring(0, i) + (valid.charAt(i) == 'A' ? 'B' : 'A') + valid.substring(i + 1);
        RestAssured.given().header("Authorization", "Bearer " + altered).get(PEOPLE).then().statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given().header("Authorization", "Bearer " + valid).get(PEOPLE).then().statusCode(200);
    }

    @Test
    void tokenOfAnotherIssuerIs401AfterAValidOneWasCached() {
        long now = Instant.now().getEpochSecond();
        String valid = Tokens.issued("cached-client", Instant.now(), 60, Roles.PERSONNEL_READ);
        RestAssured.given().header("Authorization", "Bearer " + valid).get(PEOPLE).then().statusCode(200);
        String elsewhere = Tokens.signed("{\"iss\":\"https://elsewhere.example\",\"sub\":\"cached-client\",\"upn\":\"cached-client\","
                + "\"groups\":[\"" + Roles.PERSONNEL_READ + "\"],\"iat\":" + now + ",\"exp\":" + (now + 60) + "}");
        RestAssured.given().header("Authorization", "Bearer " + elsewhere).get(PEOPLE).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/unauthorized"));
    }

    @Test
    void rolesOfACachedTokenAreCheckedOnEveryRequest() {
        String reader = Tokens.issued("cached-reader", Instant.now(), 60, Roles.PERSONNEL_READ);
        RestAssured.given().header("Authorization", "Bearer " + reader).get(PEOPLE).then().statusCode(200);
        RestAssured.given().header("Authorization", "Bearer " + reader).contentType("application/json")
                .body(Map.of("name", "赵六", "category", "JUDGE")).post(PEOPLE).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/forbidden"));
    }

    @Test
    void wrongRoleIs403() {
        Api.as(Roles.SUPPLIES_READ).get(PEOPLE).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://epidemic.gov.cn/problems/forbidden"));
        Api.reader().body(Map.of("name", "赵六", "category", "JUDGE")).post(PEOPLE).then().statusCode(403);
    }

    @Test
    void rightRoleIs200AndHealthNeedsNoToken() {
        Api.reader().get(PEOPLE).then().statusCode(200);
        RestAssured.given().get("/q/health/live").then().statusCode(200);
    }
}
