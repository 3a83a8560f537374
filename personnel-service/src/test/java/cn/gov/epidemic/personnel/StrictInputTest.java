package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.pii.IdCardNumbers;
import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kit's strict input on this service, over real HTTP against the real database: ID-card numbers with a real area
 * and birth date, unknown fields and parameters, control characters in text and in filters (NUL used to reach
 * PostgreSQL, SQL state 22021), an unknown enum value: each a 400 validation problem naming the field; nothing is stored.
 */
@QuarkusTest
class StrictInputTest {

    private static final String B = Api.BASE;

    private static ValidatableResponse refused(ValidatableResponse r, String field) {
        return r.statusCode(400).contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/validation"))
                .body("violations.field", hasItem(field));
    }

    private static long people() {
        return Sql.count("select count(*) from person");
    }

    @Test
    void idCardNumbersNeedARealAreaABirthDateNotInTheFutureAndTheCheckDigit() {
        long before = people();
        for (String idCard : List.of(IdCardNumbers.compose("150102", "20990101", 7), IdCardNumbers.compose("000000", "19850312", 7),
                IdCardNumbers.compose("150100", "19850312", 7), "150102198503121230")) {
            refused(Api.writer().body(Map.of("name", "王建国", "category", "GRID_WORKER", "idCardNumber", idCard, "phone", "13912345678"))
                    .post(B + "/people").then(), "idCardNumber");
        }
        assertEquals(before, people());
        Api.personWithPii("李志强", IdCardNumbers.compose("150102", "19850312", 7), "13912345678");
        assertEquals(before + 1, people());
        System.out.printf("[test] ID-card numbers: 4 refused (born 2099, area 000000, county 00, check digit), 1 accepted%n");
    }

    @Test
    void unknownFieldsParametersAndControlCharactersAreRefusedBeforeAnySql() {
        long before = people();
        refused(Api.writer().body(Map.of("name", "王建国", "category", "POLICE_OFFICER", "rank", "一级警司")).post(B + "/people").then(), "rank");
        refused(Api.writer().body(Map.of("name", "王\u0000建国", "category", "POLICE_OFFICER")).post(B + "/people").then(), "name");
        refused(Api.writer().body(Map.of("name", "王\u0008建国", "category", "POLICE_OFFICER")).post(B + "/people").then(), "name");
        refused(Api.writer().body(Map.of("name", "王建国", "category", "POLICEMAN")).post(B + "/people").then(), "category")
                .body("violations[0].message", containsString("POLICE_OFFICER"));
        assertEquals(before, people());
        refused(Api.reader().urlEncodingEnabled(false).get(B + "/people?name=%00").then(), "name");
        refused(Api.reader().urlEncodingEnabled(false).get(B + "/units?name=%E5%85%AC%00").then(), "name");
        refused(Api.reader().get(B + "/people?fullName=王").then(), "fullName").body("violations[0].message", containsString("this operation takes: "));
        refused(Api.reader().get(B + "/people?category=POLICEMAN").then(), "category").body("violations[0].message", containsString("POLICE_OFFICER"));
        refused(Api.reader().get(B + "/people/12345").then(), "id").body("violations[0].message", containsString("UUID"));
        Api.reader().get(B + "/people?name=王").then().statusCode(200);
    }
}
