package cn.gov.epidemic.supplies;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A dispatch's view (read in one query with its recipient's, warehouse's and items' names): reservations in their
 * order, lines summed per item, and a cancelled dispatch whose reservation went out on another still reads whole.
 */
@QuarkusTest
class DispatchViewTest {

    private static String reservation(String recipient, String item, String warehouse, int quantity) {
        return Api.allocator().body(Map.of("recipientId", recipient, "itemId", item, "warehouseId", warehouse, "quantity", quantity))
                .post(Api.BASE + "/reservations").then().statusCode(201).extract().path("id");
    }

    private static String plan(List<String> reservations, String plate) {
        return Api.writer().body(Map.of("reservationIds", reservations, "vehiclePlate", plate, "driverName", "王师傅",
                        "route", "临河 → 五原", "expectedArrival", OffsetDateTime.now().plusHours(2).toString()))
                .post(Api.BASE + "/dispatches").then().statusCode(201).extract().path("id");
    }

    @Test
    void theViewNamesEverythingSumsLinesPerItemAndSurvivesItsReservationsLeaving() {
        String n95 = Api.item("N95");
        String gowns = Api.item("GOWN");
        String warehouse = Api.warehouse();
        String recipient = Api.recipient("HOSPITAL", "五原县医院");
        Api.releasedLot(n95, warehouse, 100, Api.today().plusYears(2));
        Api.releasedLot(gowns, warehouse, 100, Api.today().plusYears(2));
        String r1 = reservation(recipient, n95, warehouse, 10);
        String r2 = reservation(recipient, gowns, warehouse, 5);
        String r3 = reservation(recipient, n95, warehouse, 7);

        String first = plan(List.of(r1, r2, r3), "蒙L·V0001");
        Api.reader().get(Api.BASE + "/dispatches/" + first).then().statusCode(200)
                .body("recipientName", startsWith("五原县医院")).body("warehouseName", equalTo("测试库"))
                .body("reservationIds", equalTo(List.of(r1, r2, r3)))
                .body("lines.itemId", equalTo(List.of(n95, gowns)))
                .body("lines.itemName", equalTo(List.of("N95 test item", "GOWN test item")))
                .body("lines.quantity", equalTo(List.of(17, 5)));

        Api.writer().body(Map.of("reason", "vehicle broke down")).post(Api.BASE + "/dispatches/" + first + "/cancellation")
                .then().statusCode(200).body("state", equalTo("CANCELLED"));
        String second = plan(List.of(r2), "蒙L·V0002");
        Api.reader().get(Api.BASE + "/dispatches/" + second).then().statusCode(200)
                .body("reservationIds", equalTo(List.of(r2))).body("lines.quantity", equalTo(List.of(5)));
        // r2 now names the second dispatch: the first shows the other two, and still its recipient and warehouse
        Api.reader().get(Api.BASE + "/dispatches/" + first).then().statusCode(200)
                .body("recipientName", startsWith("五原县医院")).body("warehouseName", equalTo("测试库"))
                .body("reservationIds", equalTo(List.of(r1, r3))).body("lines.quantity", equalTo(List.of(17)));
        String third = plan(List.of(r1, r3), "蒙L·V0003");
        Api.reader().get(Api.BASE + "/dispatches/" + first).then().statusCode(200)
                .body("state", equalTo("CANCELLED")).body("recipientName", startsWith("五原县医院"))
                .body("reservationIds", empty()).body("lines", empty());
        Api.reader().get(Api.BASE + "/dispatches?recipientId=" + recipient + "&state=PLANNED").then().statusCode(200)
                .body("totalItems", equalTo(2));
        System.out.println("[test] dispatch views: 3 dispatches, 3 reservations, one cancelled dispatch left with none");
        Api.reader().get(Api.BASE + "/dispatches/" + third).then().body("lines.itemName", equalTo(List.of("N95 test item")));
    }
}
