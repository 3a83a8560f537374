package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.checkpoint.demo.DemoData;
import cn.gov.epidemic.kit.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The demo data of the source document loads through the services and shows its figures. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void tongliaoAlxaAndChifeng() {
        demo.load();
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "?kind=TOLL_STATION&greenLane=true&name=绿色通道&size=1").then().statusCode(200).body("totalItems", equalTo(33));
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "?name=出区出市通道&size=1").then().statusCode(200).body("totalItems", equalTo(33));
        String alxa = Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "?name=巴彦高勒苏木").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + alxa + "/statistics").then().statusCode(200)
                .body("totals.vehicles", equalTo(393)).body("totals.people", equalTo(1150)).body("totals.fevers", equalTo(0));
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/closures/active?size=200").then().statusCode(200).body("items.road", hasItem("X512 县道"));
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "?kind=CITY_RING_ROAD_EXIT&size=1").then().body("totalItems", equalTo(8));
    }
}
