package cn.gov.epidemic.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command's demo data, loaded through the gateway by the launcher, reproduces the source document's figures
 * in every service and is coherent across them: the same checkpoints staffed from personnel-service, the same
 * vehicles carrying the passes checkpoint-service issued for supplies' dispatches, the fever case's observation in
 * the community where officers are deployed.
 */
@Order(2)
class DemoDataTest {

    static Suite suite;

    @BeforeAll
    static void suite() {
        suite = Suite.get();
    }

    private static String checkpoint(String code) {
        return suite.api().get("/api/v1/checkpoints?code=" + code).then().statusCode(200).body("totalItems", equalTo(1)).extract().path("items[0].id");
    }

    @Test
    void personnelHohhotPlanXilingolScreeningAlxaTeamHingganStations() {
        String plan = suite.api().get("/api/v1/personnel/plans?divisionCode=150100").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
        // ScenarioTest may add one officer to this plan; the demo's own figures are the floor
        suite.api().get("/api/v1/personnel/plans/" + plan + "/progress").then().statusCode(200)
                .body("target", equalTo(1400)).body("deployed", greaterThanOrEqualTo(2010))
                .body("byUnit.size()", equalTo(46)).body("byDestination.size()", equalTo(90));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String station1 = suite.api().get("/api/v1/personnel/posts?kind=PERSUASION_STATION&divisionCode=152224100201").then().extract().path("items[0].id");
        String station15 = suite.api().get("/api/v1/personnel/posts?kind=PERSUASION_STATION&divisionCode=152224100215").then().extract().path("items[0].id");
        suite.api().get("/api/v1/personnel/posts/" + station1 + "/coverage?date=" + today).then().body("fullyCovered", equalTo(true));
        suite.api().get("/api/v1/personnel/posts/" + station15 + "/coverage?date=" + today).then().body("fullyCovered", equalTo(false))
                .body("gaps[0].minutes", equalTo(480));
        suite.api().get("/api/v1/personnel/teams?divisionCode=152921100001").then().body("items[0].members", equalTo(18));
        suite.api().get("/api/v1/personnel/divisions/152500/screening-coverage").then().statusCode(200)
                .body("villagesAndCommunities", equalTo(12)).body("villagesAndCommunitiesScreened", equalTo(12)).body("visits", equalTo(240));
        suite.api().get("/api/v1/personnel/key-persons?state=UNDER_OBSERVATION&divisionCode=152502001001").then().body("totalItems", greaterThanOrEqualTo(1));
    }

    @Test
    void suppliesBayannurShipmentsAndOrdosDonations() {
        suite.api().get("/api/v1/supplies/shipments?size=50").then().statusCode(200)
                .body("items.find { it.reference == 'BYN-2020-SH-001' }.state", equalTo("RECEIVED"))
                .body("items.find { it.reference == 'BYN-2020-SH-001' }.lines.receivedQuantity", equalTo(List.of(1195, 2000, 10000)))
                .body("items.find { it.reference == 'BYN-2020-SH-002' }.state", equalTo("PLANNED"));
        suite.api().get("/api/v1/supplies/suppliers?size=50").then().body("items.country", hasItems("MN", "TR", "KR"));
        // among the recipients: the Hohhot municipal public security bureau (found under Hohhot) and the banners' hospitals
        suite.api().get("/api/v1/supplies/recipients?divisionCode=150100&name=公安局").then().body("items.name", equalTo(List.of("呼和浩特市公安局")));
        suite.api().get("/api/v1/supplies/recipients?kind=HOSPITAL&divisionCode=150800&name=旗人民医院").then().body("totalItems", equalTo(4));
        suite.api().get("/api/v1/supplies/donations/summary?divisionCode=150600").then().statusCode(200)
                .body("total", equalTo(122000000.00f)).body("forwarded", equalTo(52000000.00f));
        suite.api().get("/api/v1/supplies/stock/reconciliation").then().statusCode(200).body("consistent", equalTo(true));
    }

    @Test
    void checkpointsTongliaoAlxaChifeng() {
        suite.api().get("/api/v1/checkpoints?name=出区出市通道").then().body("totalItems", equalTo(33));
        suite.api().get("/api/v1/checkpoints?kind=TOLL_STATION&greenLane=true&name=绿色通道").then().body("totalItems", equalTo(33));
        suite.api().get("/api/v1/checkpoints?kind=CITY_RING_ROAD_EXIT").then().body("totalItems", equalTo(8));
        String bayanGol = checkpoint("ALS-YQ-BYGL");
        suite.api().get("/api/v1/checkpoints/" + bayanGol + "/statistics").then().statusCode(200)
                .body("totals.vehicles", equalTo(393)).body("totals.people", equalTo(1150)).body("totals.fevers", equalTo(0));
        suite.api().get("/api/v1/checkpoints/closures/active").then().statusCode(200).body("items.road", hasItem("X512 县道"));
    }

    @Test
    void coherentAcrossServices() throws Exception {
        // staffing: checkpoint-service shows the people personnel-service deployed there
        for (String code : List.of("CF-RING-01", "ALS-YQ-BYGL", "BYN-G7-LINHE")) {
            String cp = checkpoint(code);
            int deployed = suite.api().get("/api/v1/personnel/deployments?checkpointId=" + cp + "&state=ACTIVE").then().statusCode(200)
                    .extract().path("totalItems");
            assertTrue(deployed >= 2, code + ": " + deployed + " deployed");
            awaitOnDuty(cp, deployed);
        }
        // the Bayannur dispatches carry the passes checkpoint-service issued for them; the planned one was verified on the road
        List<String> dispatches = suite.api().get("/api/v1/supplies/dispatches?size=50").then().statusCode(200).extract().path("items.id");
        String planned = suite.api().get("/api/v1/supplies/dispatches?size=50").then().extract().path("items.find { it.vehiclePlate == '蒙L·B5678' }.id");
        assertTrue(dispatches.contains(planned));
        String pass = suite.api().get("/api/v1/supplies/dispatches/" + planned).then().body("passId", notNullValue()).extract().path("passId");
        suite.api().get("/api/v1/checkpoints/passes/" + pass).then().statusCode(200).body("dispatchId", equalTo(planned))
                .body("plate", equalTo("蒙LB5678")).body("greenLane", equalTo(true));
        suite.api().get("/api/v1/checkpoints/inspections?plate=蒙LB5678").then().statusCode(200)
                .body("items[0].passId", equalTo(pass)).body("items[0].passResult", equalTo("VALID"));
        // the Chifeng fever case became an observation in 平庄镇第1社区, assigned to the officers deployed there
        String referral = suite.api().get("/api/v1/checkpoints/referrals?checkpointId=" + checkpoint("CF-RING-01") + "&sort=detectedAt").then()
                .extract().path("items[0].id");
        int officers = suite.api().get("/api/v1/personnel/deployments?divisionCode=150403100001&state=ACTIVE").then().extract().path("totalItems");
        assertEquals(3, officers);
        suite.api().get("/api/v1/personnel/key-persons?referralId=" + referral).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].divisionCode", equalTo("150403100001"))
                .body("items[0].assignedTo.size()", equalTo(officers));
    }

    private static void awaitOnDuty(String cp, int expected) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int onDuty = -1;
        while (System.nanoTime() < end) {
            onDuty = suite.api().get("/api/v1/checkpoints/" + cp + "/staffing").then().statusCode(200).extract().path("onDutyCount");
            if (onDuty == expected) return;
            Thread.sleep(200);
        }
        assertEquals(expected, onDuty, "on duty at " + cp);
    }
}
