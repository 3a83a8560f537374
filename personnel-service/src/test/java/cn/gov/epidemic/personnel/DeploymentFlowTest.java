package cn.gov.epidemic.personnel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Plans, quotas, deployments and live progress, with over-fulfilment shown as it is. */
@QuarkusTest
class DeploymentFlowTest {

    @Test
    void progressCountsDeployedAgainstTargetAndQuota() {
        String village = Api.village();
        String unit = Api.writer().body(Map.of("name", "测试政法委" + Api.uuid().substring(0, 8), "kind", "POLITICAL_LEGAL_COMMITTEE"))
                .post(Api.BASE + "/units").then().statusCode(201).extract().path("id");
        String plan = Api.writer().body(Map.of("name", "测试计划", "issuingAuthority", "测试市委政法委", "divisionCode", village.substring(0, 6),
                        "target", 7, "periodStart", "2020-01-28", "quotas", List.of(Map.of("unitId", unit, "quota", 7))))
                .post(Api.BASE + "/plans").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        // ten go: 10 of 7 = 142.9%; one more is only planned, one is cancelled
        for (int i = 0; i < 10; i++) {
            String p = Api.writer().body(Map.of("name", "干警" + i, "category", "POLICE_OFFICER", "unitId", unit)).post(Api.BASE + "/people")
                    .then().statusCode(201).extract().path("id");
            Api.writer().body(Map.of("personId", p, "planId", plan, "destinationType", "DIVISION", "divisionCode", village,
                    "duties", List.of("SCREENING", "PUBLICITY"), "activateNow", true)).post(Api.BASE + "/deployments").then().statusCode(201)
                    .body("state", equalTo("ACTIVE"));
        }
        String extra = Api.person("候补");
        String planned = Api.writer().body(Map.of("personId", extra, "planId", plan, "destinationType", "DIVISION", "divisionCode", village,
                "duties", List.of("SCREENING"))).post(Api.BASE + "/deployments").then().statusCode(201).extract().path("id");
        Api.writer().post(Api.BASE + "/deployments/" + planned + "/cancellation").then().statusCode(200).body("state", equalTo("CANCELLED"));

        Api.reader().get(Api.BASE + "/plans/" + plan + "/progress").then().statusCode(200)
                .body("target", equalTo(7))
                .body("deployed", equalTo(10))
                .body("percentOfTarget", equalTo(142.9f))
                .body("byUnit", hasSize(1))
                .body("byUnit[0].quota", equalTo(7))
                .body("byUnit[0].deployed", equalTo(10))
                .body("byDestination[0].divisionCode", equalTo(village))
                .body("byDestination[0].deployed", equalTo(10));
    }

    @Test
    void aRelievedPersonCanBeDeployedAgainAndHistoryIsKept() {
        String village = Api.village();
        String p = Api.person("轮换干警");
        String first = Api.plannedDeployment(p, village);
        Api.writer().post(Api.BASE + "/deployments/" + first + "/activation").then().statusCode(200).body("state", equalTo("ACTIVE"));
        String second = Api.plannedDeployment(p, village);
        Api.writer().post(Api.BASE + "/deployments/" + second + "/activation").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/person-already-deployed"));
        Api.writer().post(Api.BASE + "/deployments/" + first + "/relief").then().statusCode(200).body("state", equalTo("RELIEVED"));
        Api.writer().post(Api.BASE + "/deployments/" + second + "/activation").then().statusCode(200);
        Api.reader().get(Api.BASE + "/deployments?personId=" + p + "&sort=createdAt").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.state", equalTo(List.of("RELIEVED", "ACTIVE")));
    }

    @Test
    void aDeploymentToACityIsRefused() {
        String village = Api.village();
        String p = Api.person("越级");
        Api.writer().body(Map.of("personId", p, "destinationType", "DIVISION", "divisionCode", village.substring(0, 6), "duties", List.of("SCREENING")))
                .post(Api.BASE + "/deployments").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/destination-not-grassroots"));
    }
}
