package cn.gov.epidemic.personnel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Shifts and coverage gaps, screening coverage, key-person observation and its follow-ups. */
@QuarkusTest
class FieldWorkTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void coverageShowsTheHoursNobodyIsOnDuty() {
        String village = Api.village();
        String p = Api.person("值守员");
        String post = Api.writer().body(Map.of("name", "劝导站", "kind", "PERSUASION_STATION", "divisionCode", village))
                .post(Api.BASE + "/posts").then().statusCode(201).extract().path("id");
        String day = "2020-02-03";
        for (String[] s : new String[][] {{"00:00", "08:00"}, {"08:00", "16:00"}, {"07:00", "09:00"}}) {
            Api.writer().body(Map.of("startsAt", day + "T" + s[0] + ":00+08:00", "endsAt", day + "T" + s[1] + ":00+08:00", "personId", p))
                    .post(Api.BASE + "/posts/" + post + "/shifts").then().statusCode(201);
        }
        Api.reader().get(Api.BASE + "/posts/" + post + "/coverage?date=" + day).then().statusCode(200)
                .body("coveredMinutes", equalTo(16 * 60))
                .body("fullyCovered", equalTo(false))
                .body("gaps.size()", equalTo(1))
                .body("gaps[0].from", equalTo("2020-02-03T16:00:00+08:00"))
                .body("gaps[0].to", equalTo("2020-02-04T00:00:00+08:00"))
                .body("gaps[0].minutes", equalTo(480));
        Api.writer().body(Map.of("startsAt", day + "T16:00:00+08:00", "endsAt", "2020-02-04T00:00:00+08:00", "personId", p))
                .post(Api.BASE + "/posts/" + post + "/shifts").then().statusCode(201);
        Api.reader().get(Api.BASE + "/posts/" + post + "/coverage?date=" + day).then().body("fullyCovered", equalTo(true)).body("coveredMinutes", equalTo(1440));
        Api.writer().body(Map.of("startsAt", day + "T16:00:00+08:00", "endsAt", day + "T15:00:00+08:00", "personId", p))
                .post(Api.BASE + "/posts/" + post + "/shifts").then().statusCode(400).body("violations[0].field", equalTo("endsAt"));
    }

    @Test
    void screeningCoverageCountsHouseholdsUnderADivision() {
        String village = Api.village();
        String worker = Api.person("网格员");
        for (int i = 0; i < 3; i++) {
            Api.writer().body(Map.of("divisionCode", village, "household", (i % 2) + "号院", "visitedAt", "2020-02-02T10:00:00+08:00",
                    "workerId", worker, "residents", 3, "outcome", i == 2 ? "KEY_PERSON_FOUND" : "NO_RISK"))
                    .post(Api.BASE + "/screening-visits").then().statusCode(201);
        }
        Api.reader().get(Api.BASE + "/divisions/" + village.substring(0, 6) + "/screening-coverage").then().statusCode(200)
                .body("villagesAndCommunities", equalTo(1))
                .body("villagesAndCommunitiesScreened", equalTo(1))
                .body("householdsRegistered", equalTo(100))
                .body("householdsVisited", equalTo(2))
                .body("visits", equalTo(3))
                .body("percentHouseholdsVisited", equalTo(2.0f))
                .body("keyPersonsFound", equalTo(1));
    }

    @Test
    void observationCanBeExtendedButNotSilentlyShortened() {
        String village = Api.village();
        LocalDate today = LocalDate.now(ZONE);
        String kp = Api.writer().body(Map.of("name", "观察对象", "category", "FROM_HUBEI_OTHER", "arrivedOn", today.minusDays(1).toString(),
                "divisionCode", village)).post(Api.BASE + "/key-persons").then().statusCode(201)
                .body("observationDays", equalTo(14)).body("observationEnd", equalTo(today.plusDays(13).toString())).extract().path("id");
        String url = Api.BASE + "/key-persons/" + kp;
        Api.writer().body(Map.of("days", 21, "reason", "同住人员发热")).post(url + "/observation-period").then().statusCode(200)
                .body("observationDays", equalTo(21)).header("ETag", "\"1\"");
        Api.writer().body(Map.of("days", 10, "reason", "误录")).post(url + "/observation-period").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/observation-shortening-unconfirmed"));
        Api.writer().body(Map.of("days", 14, "reason", "专家复核", "confirmShortening", true)).post(url + "/observation-period").then().statusCode(200);
        Api.reader().get(url + "/observation-period-changes").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].oldDays", equalTo(14)).body("[0].newDays", equalTo(21)).body("[0].changedBy", equalTo("test-client"))
                .body("[1].newDays", equalTo(14));
        Api.writer().body(Map.of("reason", "期满")).post(url + "/release").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/observation-not-complete"));
    }

    @Test
    void followUpsAndTheOverdueList() {
        String village = Api.village();
        LocalDate today = LocalDate.now(ZONE);
        String a = Api.writer().body(Map.of("name", "甲", "category", "FROM_WUHAN", "arrivedOn", today.minusDays(2).toString(), "divisionCode", village))
                .post(Api.BASE + "/key-persons").then().statusCode(201).extract().path("id");
        String b = Api.writer().body(Map.of("name", "乙", "category", "FROM_OTHER_PROVINCE", "arrivedOn", today.minusDays(2).toString(), "divisionCode", village))
                .post(Api.BASE + "/key-persons").then().statusCode(201).extract().path("id");
        Api.writer().body(Map.of("temperature", 36.5)).post(Api.BASE + "/key-persons/" + a + "/follow-ups").then().statusCode(201);
        Api.writer().body(Map.of("temperature", 36.6)).post(Api.BASE + "/key-persons/" + a + "/follow-ups").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/follow-up-exists"));
        Api.writer().body(Map.of("temperature", 50.1)).post(Api.BASE + "/key-persons/" + b + "/follow-ups").then().statusCode(400);
        Api.reader().get(Api.BASE + "/key-persons/overdue-follow-ups?divisionCode=" + village).then().statusCode(200)
                .body("items.id", hasItem(b)).body("items.id", not(hasItem(a)));
        Api.writer().body(Map.of("hospital", "定点医院", "reason", "发热")).post(Api.BASE + "/key-persons/" + b + "/referral").then().statusCode(200)
                .body("state", equalTo("REFERRED"));
        Api.reader().get(Api.BASE + "/key-persons/overdue-follow-ups?divisionCode=" + village).then().body("items.id", not(hasItem(b)));
        Api.writer().body(Map.of("temperature", 36.5)).post(Api.BASE + "/key-persons/" + b + "/follow-ups").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/observation-ended"));
        Api.reader().get(Api.BASE + "/key-persons?state=REFERRED&divisionCode=" + village).then().body("items.id", equalTo(List.of(b)));
    }
}
