package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.kitweb.pii.IdCardNumbers;
import cn.gov.epidemic.kitweb.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import cn.gov.epidemic.testkit.EventProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ID-card and phone numbers, and health data, are masked without personnel:pii, shown with it, and such reads are audited. */
@QuarkusTest
class PiiMaskingTest {

    private static String idCard() {
        return IdCardNumbers.compose("150102", "19850312", ThreadLocalRandom.current().nextInt(1000));
    }

    @Test
    void personIsMaskedWithoutThePiiRoleAndShownWithIt() {
        String card = idCard();
        String id = Api.personWithPii("孙七", card, "13847112345");
        String masked = "150102********" + card.substring(14);
        Api.reader().get(Api.BASE + "/people/" + id).then().statusCode(200)
                .body("idCardNumber", equalTo(masked))
                .body("phone", equalTo("138****2345"))
                .body("piiMasked", equalTo(true));
        long audits = Sql.count("select count(*) from audit_log where action = 'READ_PII' and target_id = ?", id);
        assertEquals(0, audits, "a masked read is not a read of personal data");

        Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_PII).get(Api.BASE + "/people/" + id).then().statusCode(200)
                .body("idCardNumber", equalTo(card))
                .body("phone", equalTo("13847112345"))
                .body("piiMasked", equalTo(false));
        assertEquals(1, Sql.count("select count(*) from audit_log where action = 'READ_PII' and target_id = ? and actor = 'test-client'", id));
    }

    @Test
    void oneRuleForEveryResponseOnlyThePiiRoleReveals() {
        String card = idCard();
        String phone = "13647110001";
        String masked = "150102********" + card.substring(14);
        Map<String, Object> body = Map.of("name", "郑十", "category", "GRID_WORKER", "idCardNumber", card, "phone", phone);
        // create, update, get and list as a caller with personnel:pii: unmasked everywhere
        var pii = Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_WRITE, Roles.PERSONNEL_PII);
        String id = pii.body(body).post(Api.BASE + "/people").then().statusCode(201)
                .body("idCardNumber", equalTo(card)).body("phone", equalTo(phone)).body("piiMasked", equalTo(false))
                .extract().path("id");
        Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_WRITE, Roles.PERSONNEL_PII).body(body).put(Api.BASE + "/people/" + id).then().statusCode(200)
                .body("idCardNumber", equalTo(card)).body("piiMasked", equalTo(false));
        Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_PII).get(Api.BASE + "/people/" + id).then().statusCode(200)
                .body("idCardNumber", equalTo(card));
        Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_PII).get(Api.BASE + "/people?name=郑十&size=200").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.idCardNumber", equalTo(card));

        // admin alone is not personnel:pii (least privilege): masked on create, update, get and list
        Map<String, Object> other = Map.of("name", "郑十一", "category", "GRID_WORKER", "idCardNumber", idCard(), "phone", "13647110002");
        String adminsId = Api.as(Roles.ADMIN).body(other).post(Api.BASE + "/people").then().statusCode(201)
                .body("phone", equalTo("136****0002")).body("piiMasked", equalTo(true)).extract().path("id");
        Api.as(Roles.ADMIN).body(body).put(Api.BASE + "/people/" + id).then().statusCode(200)
                .body("idCardNumber", equalTo(masked)).body("piiMasked", equalTo(true));
        Api.as(Roles.ADMIN).get(Api.BASE + "/people/" + id).then().statusCode(200)
                .body("idCardNumber", equalTo(masked)).body("phone", equalTo("136****0001")).body("piiMasked", equalTo(true));
        String list = Api.as(Roles.ADMIN).get(Api.BASE + "/people?name=郑十&size=200").then().statusCode(200).extract().asString();
        assertFalse(list.contains(card), "admin's list is masked");
        assertEquals(1, Sql.count("select count(*) from audit_log where action = 'READ_PII' and target_id = ?", id),
                "only the personnel:pii read is a read of personal data");

        // the events stay masked whoever wrote
        try (EventProbe probe = new EventProbe("personnel.events")) {
            List<EventProbe.Event> mine = probe.until(events -> events.stream().filter(e -> id.equals(e.subject())).count() >= 3
                    && events.stream().anyMatch(e -> adminsId.equals(e.subject())), Duration.ofSeconds(60));
            List<EventProbe.Event> ours = mine.stream().filter(e -> id.equals(e.subject()) || adminsId.equals(e.subject())).toList();
            System.out.printf("[test] person events read: %d, none with an unmasked number%n", ours.size());
            assertEquals(4, ours.size());
            for (EventProbe.Event e : ours) {
                assertFalse(e.value().contains(card), "event " + e.type() + " is masked");
                assertFalse(e.value().contains(phone), "event " + e.type() + " is masked");
                assertTrue(e.value().matches("(?s).*\"piiMasked\"\\s*:\\s*true.*"), e.value());
            }
        }
    }

    @Test
    void listsAreMaskedToo() {
        String card = idCard();
        Api.personWithPii("周八", card, "13900001111");
        String body = Api.reader().get(Api.BASE + "/people?name=周八&size=200").then().statusCode(200)
                .body("items.idCardNumber", everyItem(matchesPattern("[0-9]{6}\\*{8}[0-9]{3}[0-9X]")))
                .extract().asString();
        assertFalse(body.contains(card));
        assertFalse(body.contains("13900001111"));
    }

    @Test
    void followUpHealthDataIsMaskedWithoutThePiiRole() {
        String village = Api.village();
        String kp = Api.writer().body(Map.of("name", "吴九", "category", "FROM_WUHAN", "arrivedOn", java.time.LocalDate.now().minusDays(2).toString(),
                        "divisionCode", village, "idCardNumber", IdCardNumbers.compose("420102", "19900101", 7), "phone", "13912345678"))
                .post(Api.BASE + "/key-persons").then().statusCode(201)
                .body("idCardNumber", equalTo("420102********007" + IdCardNumbers.compose("420102", "19900101", 7).charAt(17)))
                .extract().path("id");
        Api.writer().body(Map.of("temperature", 37.8, "symptoms", java.util.List.of("咳嗽")))
                .post(Api.BASE + "/key-persons/" + kp + "/follow-ups").then().statusCode(201)
                .body("temperature", nullValue()).body("fever", nullValue()).body("piiMasked", equalTo(true));
        Api.as(Roles.PERSONNEL_READ, Roles.PERSONNEL_PII).get(Api.BASE + "/key-persons/" + kp + "/follow-ups").then().statusCode(200)
                .body("[0].temperature", equalTo(37.8f)).body("[0].fever", equalTo(true)).body("[0].symptoms[0]", equalTo("咳嗽"));
    }
}
