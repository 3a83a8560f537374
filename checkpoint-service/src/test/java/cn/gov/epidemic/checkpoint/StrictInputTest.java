package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.pii.IdCardNumbers;
import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kit's strict input on this service, over real HTTP against the real database: the examples
 * ({@code greenLane=yes}, a number for an instant, an ID-card number born in 2099 or from area 000000, NUL in a text
 * filter, an unknown parameter) are each a 400 validation problem naming the field, and nothing is written.
 */
@QuarkusTest
class StrictInputTest {

    private static final String B = Api.BASE;

    private static ValidatableResponse refused(ValidatableResponse r, String field) {
        return r.statusCode(400).contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/validation"))
                .body("violations.field", hasItem(field));
    }

    @Test
    void greenLaneIsOnlyTrueOrFalse() {
        Api.checkpoint();
        refused(Api.admin().get(B + "?greenLane=yes").then(), "greenLane").body("violations[0].message", equalTo("must be true or false"));
        Api.admin().get(B + "?greenLane=true").then().statusCode(200).body("items.greenLane", everyItem(equalTo(true)));
    }

    @Test
    void unknownParametersAndControlCharactersInFiltersAreRefusedBeforeAnySql() {
        refused(Api.admin().get(B + "?greenlane=true").then(), "greenlane").body("violations[0].message", containsString("greenLane"));
        refused(Api.admin().urlEncodingEnabled(false).get(B + "?name=%00").then(), "name");
        refused(Api.admin().urlEncodingEnabled(false).get(B + "?name=%E8%B5%A4%1F").then(), "name");
        Api.admin().get(B + "?name=赤峰").then().statusCode(200);
        refused(Api.admin().get(B + "/pass-revocations?since=2026/12/01").then(), "since")
                .body("violations[0].message", containsString("ISO 8601 date-time, e.g. 2026-12-01T08:00:00+08:00"));
    }

    @Test
    void aNumberIsNotAnInstant() {
        long passes = Sql.count("select count(*) from pass");
        Map<String, Object> body = new HashMap<>(Api.emergencyPass(Api.plate()));
        body.put("validFrom", 12345);
        refused(Api.issuer().body(body).post(B + "/passes/emergency-transport").then(), "validFrom")
                .body("violations[0].message", containsString("ISO 8601"));
        body.put("validFrom", Api.iso(java.time.OffsetDateTime.now(Api.ZONE).minusHours(1)));
        body.put("colour", "red");
        refused(Api.issuer().body(body).post(B + "/passes/emergency-transport").then(), "colour");
        assertEquals(passes, Sql.count("select count(*) from pass"));
    }

    @Test
    void idCardNumbersNeedARealAreaAndBirthDate() {
        long passes = Sql.count("select count(*) from pass");
        for (String idCard : List.of(IdCardNumbers.compose("150402", "20991231", 1), IdCardNumbers.compose("000000", "19850312", 1),
                IdCardNumbers.compose("150402", "18991231", 1), IdCardNumbers.compose("150402", "19850230", 1))) {
            Map<String, Object> body = new HashMap<>(Api.emergencyPass(Api.plate()));
            body.put("driver", Map.of("name", "赵海军", "idCardNumber", idCard, "phone", "13904761234"));
            refused(Api.issuer().body(body).post(B + "/passes/emergency-transport").then(), "driver.idCardNumber");
        }
        assertEquals(passes, Sql.count("select count(*) from pass"));
        System.out.printf("[test] ID-card numbers: 4 refused (born 2099, area 000000, born 1899, 30 February), %d passes before and after%n", passes);
    }
}
