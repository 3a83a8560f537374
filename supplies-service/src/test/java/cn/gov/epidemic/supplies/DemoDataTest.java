package cn.gov.epidemic.supplies;

import cn.gov.epidemic.supplies.demo.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The run command's demo data reproduces the source's figures (Bayannur's first shipment; Ordos: 122 million, 102 million via the Red Cross). */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void theSourceDocumentsFiguresComeOutOfTheApi() {
        demo.load();
        String b = Api.BASE;
        String first = Api.reader().get(b + "/shipments?sort=reference&size=200").then().statusCode(200)
                .extract().path("items.find { it.reference == 'BYN-2020-SH-001' }.id");
        Api.reader().get(b + "/shipments/" + first).then().body("state", equalTo("RECEIVED"))
                .body("portOfEntry", equalTo("甘其毛都口岸 (Ganqimaodu)"))
                .body("lines.receivedQuantity", equalTo(List.of(1195, 2000, 10000)));
        Api.reader().get(b + "/shipments/" + first + "/transitions").then()
                .body("find { it.toState == 'ARRIVED' }.occurredAt", equalTo("2020-02-01T08:00:00Z"));
        Api.reader().get(b + "/suppliers?size=200").then().body("items.country", hasItems("MN", "TR", "KR"));
        String n95 = Api.reader().get(b + "/items?code=N95").then().extract().path("items[0].id");
        String linhe = Api.reader().get(b + "/warehouses?divisionCode=150802&size=200").then().extract()
                .path("items.find { it.code == 'BYN-LINHE' }.id");
        // 10,000 N95 received and allocated; 4,000 delivered to the fever hospital; the next shipment's 5,000 expected
        Api.reader().get(b + "/stock/outlook?itemId=" + n95 + "&warehouseId=" + linhe).then().statusCode(200)
                .body("onHand", equalTo(6000)).body("reserved", equalTo(6000)).body("available", equalTo(0)).body("expected", equalTo(5000));
        Api.reader().get(b + "/donations/summary?divisionCode=150600").then().statusCode(200)
                .body("total", equalTo(122000000.00f)).body("forwarded", equalTo(52000000.00f));
        Api.reader().get(b + "/donations/summary?divisionCode=150600&receivedBy=红十字会").then().statusCode(200)
                .body("total", equalTo(102000000.00f));
        Api.consistentLedger();
    }
}
