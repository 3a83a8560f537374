package cn.gov.epidemic.personnel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** A divisionCode filter finds the division and everything under it; units are found by part of their name, ignoring case. */
@QuarkusTest
class DivisionFilterTest {

    @Test
    void hohhotFindsTheUnitsOfXinchengByPartOfTheirName() {
        Api.register("150100", "呼和浩特市", "CITY", null);
        Api.register("150102", "新城区", "COUNTY", "150100");
        String tag = "Hx" + Api.uuid().substring(0, 8);
        String unit = Api.writer().body(Map.of("name", "新城区公安分局 " + tag, "kind", "PUBLIC_SECURITY", "divisionCode", "150102"))
                .post(Api.BASE + "/units").then().statusCode(201).extract().path("id");
        for (String division : List.of("150100", "150000", "150102")) {
            Api.reader().get(Api.BASE + "/units?divisionCode=" + division + "&name=" + tag.toUpperCase()).then().statusCode(200)
                    .body("items.id", equalTo(List.of(unit))).body("totalItems", equalTo(1));
        }
        Api.reader().get(Api.BASE + "/units?divisionCode=150200&name=" + tag).then().statusCode(200).body("totalItems", equalTo(0));
        Api.reader().get(Api.BASE + "/units?name=" + tag + "_").then().statusCode(200).body("totalItems", equalTo(0));
        System.out.printf("[test] units?divisionCode=150100 found the unit of 150102%n");
    }

    @Test
    void aCountyFindsTheDeploymentsToItsVillages() {
        String village = Api.village();
        String county = village.substring(0, 6);
        String deployment = Api.plannedDeployment(Api.person("下沉干部"), village);
        Api.reader().get(Api.BASE + "/deployments?divisionCode=" + county).then().statusCode(200)
                .body("items.id", equalTo(List.of(deployment)));
        Api.reader().get(Api.BASE + "/deployments?divisionCode=" + village.substring(0, 9)).then().statusCode(200)
                .body("items.id", equalTo(List.of(deployment)));
        Api.reader().get(Api.BASE + "/deployments?divisionCode=" + "719999").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
