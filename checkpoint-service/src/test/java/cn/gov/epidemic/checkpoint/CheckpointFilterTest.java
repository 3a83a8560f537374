package cn.gov.epidemic.checkpoint;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** The checkpoints of a division and everything under it, by part of their name ignoring case. */
@QuarkusTest
class CheckpointFilterTest {

    @Test
    void hohhotFindsTheCheckpointsOfItsDistrictsAndTowns() {
        String tag = "Sc" + Api.next() + "x" + System.nanoTime() % 100000;
        String county = create(tag + " 新城区检测站", "150102");
        String town = create(tag + " 保合少镇检测站", "150102100");
        for (String division : List.of("150100", "150000")) {
            Api.admin().get(Api.BASE + "?divisionCode=" + division + "&name=" + tag.toLowerCase() ).then().statusCode(200)
                    .body("items.id", containsInAnyOrder(town, county)).body("totalItems", equalTo(2));
        }
        Api.admin().get(Api.BASE + "?divisionCode=150102100&name=" + tag).then().statusCode(200).body("items.id", equalTo(List.of(town)));
        Api.admin().get(Api.BASE + "?divisionCode=150200&name=" + tag).then().statusCode(200).body("totalItems", equalTo(0));
        Api.admin().get(Api.BASE + "?name=" + tag + "%25").then().statusCode(200).body("totalItems", equalTo(0));
        System.out.printf("[test] checkpoints?divisionCode=150100 found 2 (district 150102 and town 150102100)%n");
    }

    private static String create(String name, String division) {
        Map<String, Object> body = Map.of("code", "SC-" + Api.next() + "-" + System.nanoTime() % 100000, "name", name,
                "kind", "COUNTY_ROAD_ENTRANCE", "divisionCode", division, "agencies", List.of("TRANSPORT", "HEALTH"),
                "greenLane", false, "designatedHospital", "呼和浩特市第一医院");
        return Api.admin().body(body).post(Api.BASE).then().statusCode(201).extract().path("id");
    }
}
