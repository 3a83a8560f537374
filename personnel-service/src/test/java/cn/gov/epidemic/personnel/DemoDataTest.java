package cn.gov.epidemic.personnel;

import cn.gov.epidemic.personnel.demo.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The run command's demo data reproduces the source's figures (Hohhot: 2,010 deployed of 1,400 planned, 143.6%). */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void theSourceDocumentsFiguresComeOutOfTheApi() {
        demo.load();
        String plan = Api.reader().get(Api.BASE + "/plans?divisionCode=150100").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
        Api.reader().get(Api.BASE + "/plans/" + plan + "/progress").then().statusCode(200)
                .body("target", equalTo(1400))
                .body("deployed", equalTo(2010))
                .body("active", equalTo(2010))
                .body("percentOfTarget", equalTo(143.6f))
                .body("byUnit.size()", equalTo(46))
                .body("byDestination.size()", equalTo(90));

        // Hinggan: 15 persuasion stations round the clock; the 15th has tonight's shift open
        Api.reader().get(Api.BASE + "/posts?kind=PERSUASION_STATION&divisionCode=152224100215").then().body("totalItems", equalTo(1));
        String station15 = Api.reader().get(Api.BASE + "/posts?kind=PERSUASION_STATION&divisionCode=152224100215").then().extract().path("items[0].id");
        String station1 = Api.reader().get(Api.BASE + "/posts?kind=PERSUASION_STATION&divisionCode=152224100201").then().extract().path("items[0].id");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.reader().get(Api.BASE + "/posts/" + station1 + "/coverage?date=" + today).then().body("fullyCovered", equalTo(true));
        Api.reader().get(Api.BASE + "/posts/" + station15 + "/coverage?date=" + today).then().body("fullyCovered", equalTo(false))
                .body("gaps[0].minutes", equalTo(480));

        // Alxa: the Nantian community party-member volunteer team has 18 members
        Api.reader().get(Api.BASE + "/teams?divisionCode=152921100001").then().body("items[0].members", equalTo(18));

        // Xilingol: nine key persons under observation, none followed up yet today
        Api.reader().get(Api.BASE + "/key-persons?state=UNDER_OBSERVATION&size=200").then()
                .body("totalItems", greaterThanOrEqualTo(9));
        Api.reader().get(Api.BASE + "/divisions/152500/screening-coverage").then().statusCode(200)
                .body("villagesAndCommunities", equalTo(12)).body("villagesAndCommunitiesScreened", equalTo(12)).body("visits", equalTo(240));
    }
}
