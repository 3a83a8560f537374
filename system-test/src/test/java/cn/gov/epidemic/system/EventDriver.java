package cn.gov.epidemic.system;

import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.oneOf;

/**
 * Drives through the gateway, as a client system would, the actions that publish the event types the scenario, the
 * demo data and the contract tests leave out (their reads only): each recipe names the types it publishes and runs
 * when one of them has not been seen. A recipe that fails is reported with its types, which then stay unseen.
 */
final class EventDriver {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final String P = "cn.gov.epidemic.personnel.", S = "cn.gov.epidemic.supplies.", C = "cn.gov.epidemic.checkpoint.";

    private final Suite suite;
    private final String approverKey;

    private record Recipe(List<String> types, Step step) {
    }

    private interface Step {
        void run() throws Exception;
    }

    EventDriver(Suite suite) {
        this.suite = suite;
        try {
            approverKey = Files.readString(suite.dir.resolve("approver-key.txt")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the recipes of the unseen types; returns the recipes that failed, by their types, with the reason. */
    Map<List<String>, String> drive(Set<String> unseen) {
        Map<List<String>, String> failed = new LinkedHashMap<>();
        int ran = 0;
        for (Recipe r : recipes()) {
            if (r.types().stream().noneMatch(unseen::contains)) continue;
            ran++;
            try {
                r.step().run();
            } catch (Exception | AssertionError e) {
                failed.put(r.types(), String.valueOf(e.getMessage()).lines().limit(3).reduce("", (a, b) -> a + " " + b).trim());
            }
        }
        System.out.printf("[test] events: %d recipes driven through the gateway for them, %d failed %s%n", ran, failed.size(), failed);
        return failed;
    }

    private List<Recipe> recipes() {
        List<Recipe> r = new ArrayList<>();
        r.add(new Recipe(List.of(P + "person.updated"), () -> {
            String person = person("乌兰");
            api().body(Map.of("name", "乌兰其其格", "category", "POLICE_OFFICER", "partyMember", true)).put("/api/v1/personnel/people/" + person).then().statusCode(200);
        }));
        r.add(new Recipe(List.of(P + "deployment.cancelled"), () -> {
            String d = created("/api/v1/personnel/deployments", Map.of("personId", person("巴特尔"), "destinationType", "DIVISION",
                    "divisionCode", "150102001001", "workGroup", "备勤组", "duties", List.of("SCREENING")));
            ok("/api/v1/personnel/deployments/" + d + "/cancellation", Map.of());
        }));
        r.add(new Recipe(List.of(P + "team.member-removed"), () -> {
            String team = created("/api/v1/personnel/teams", Map.of("name", "系统测试志愿服务队 " + UUID.randomUUID().toString().substring(0, 8), "kind", "VOLUNTEER_SERVICE_TEAM"));
            String member = person("斯琴");
            api().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("personId", member, "role", "队员"))
                    .post("/api/v1/personnel/teams/" + team + "/members").then().statusCode(oneOf(200, 201));
            api().delete("/api/v1/personnel/teams/" + team + "/members/" + member).then().statusCode(oneOf(200, 204));
        }));
        r.add(new Recipe(List.of(P + "observation.period-changed", P + "observation.released", P + "observation.referred"), () -> {
            ok("/api/v1/personnel/key-persons/" + keyPerson("李明") + "/observation-period", Map.of("days", 21, "reason", "同住人员出现发热症状,延长观察"));
            ok("/api/v1/personnel/key-persons/" + keyPerson("王芳") + "/release", Map.of("reason", "观察期满,无异常"));
            ok("/api/v1/personnel/key-persons/" + keyPerson("张伟") + "/referral", Map.of("hospital", "锡林郭勒盟医院", "reason", "体温37.8℃,咳嗽"));
        }));
        r.add(new Recipe(List.of(P + "observation.assignment-changed"), () -> {
            // an officer on duty in a division with an observation opened from a referral follows it (flow 3)
            String division = api().get("/api/v1/personnel/key-persons?state=UNDER_OBSERVATION&size=100").then().statusCode(200).extract()
                    .jsonPath().<Map<String, Object>>getList("items").stream().filter(k -> k.get("referralId") != null)
                    .map(k -> (String) k.get("divisionCode")).findFirst().orElseThrow(() -> new AssertionError("no observation opened from a referral"));
            created("/api/v1/personnel/deployments", Map.of("personId", person("阿拉坦"), "destinationType", "DIVISION", "divisionCode", division,
                    "workGroup", "重点人员随访组", "duties", List.of("SCREENING"), "activateNow", true));
        }));
        r.add(new Recipe(List.of(C + "checkpoint.state-changed"), () -> {
            String cp = api().get("/api/v1/checkpoints?size=100").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")
                    .stream().filter(c -> "OPEN".equals(c.get("state"))).map(c -> (String) c.get("id")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no open checkpoint"));
            for (String state : List.of("SUSPENDED", "OPEN")) {
                String etag = api().get("/api/v1/checkpoints/" + cp).then().statusCode(200).extract().header("ETag");
                api().header("If-Match", etag).body(Map.of("state", state, "reason", "系统测试：夜间暂停后恢复"))
                        .post("/api/v1/checkpoints/" + cp + "/state").then().statusCode(200);
            }
        }));
        r.add(new Recipe(List.of(C + "closure.rejected", C + "closure.lifted"), () -> {
            String rejected = closure("K12+000 王家营子");
            approver().body(Map.of("note", "不符合条件")).post("/api/v1/checkpoints/closures/" + rejected + "/rejection").then().statusCode(200);
            String lifted = closure("K20+000 三道沟");
            approver().body(Map.of("note", "同意")).post("/api/v1/checkpoints/closures/" + lifted + "/approval").then().statusCode(200);
            approver().body(Map.of("reason", "疫情缓解，恢复通行")).post("/api/v1/checkpoints/closures/" + lifted + "/lifting").then().statusCode(200);
        }));
        r.add(new Recipe(List.of(C + "referral.transfer-started", C + "referral.handed-over"), () -> {
            String cp = api().get("/api/v1/checkpoints?size=1").then().statusCode(200).extract().path("items[0].id");
            String plate = "蒙D" + (10000 + (int) (Math.random() * 89999));
            api().body(Map.of("checkpointId", cp, "plate", plate, "vehicleKind", "PRIVATE_CAR", "origin", "松山区",
                    "destination", "元宝山区平庄镇第1社区", "destinationDivisionCode", "150403100001", "occupants",
                    List.of(Map.of("role", "DRIVER", "name", "孙春雷", "temperature", 36.6), Map.of("role", "PASSENGER", "name", "孙玉兰", "temperature", 38.1)),
                    "turnedBack", false)).post("/api/v1/checkpoints/inspections").then().statusCode(201);
            String referral = api().get("/api/v1/checkpoints/referrals?state=DETECTED&size=100").then().statusCode(200).extract().jsonPath()
                    .<Map<String, Object>>getList("items").stream().filter(x -> plate.equals(x.get("plate"))).map(x -> (String) x.get("id"))
                    .findFirst().orElseThrow(() -> new AssertionError("no referral for " + plate));
            ok("/api/v1/checkpoints/referrals/" + referral + "/transfer", Map.of("hospital", "赤峰市医院", "transferredBy", "120 急救车 蒙D0120"));
            ok("/api/v1/checkpoints/referrals/" + referral + "/handover", Map.of("receivedBy", "赤峰市医院发热门诊 值班医生"));
        }));
        r.add(new Recipe(List.of(S + "shipment.held", S + "lot.held"), () -> {
            Stock s = stock();
            String held = shipment(s, 10);
            for (String to : List.of("DISPATCHED", "AT_PORT", "HELD")) ok("/api/v1/supplies/shipments/" + held + "/transitions", Map.of("to", to));
            String lot = received(s, 10);
            ok("/api/v1/supplies/lots/" + lot + "/hold", Map.of("reason", "合格证与批号不符"));
        }));
        r.add(new Recipe(List.of(S + "stock.adjusted", S + "stock.transferred", S + "consumption.recorded", S + "item.updated"), () -> {
            Stock s = released(200);
            ok("/api/v1/supplies/stock/adjustments", Map.of("warehouseId", s.warehouse(), "lotId", s.lot(), "quantity", -2, "reason", "DAMAGED", "note", "库位漏水受潮"));
            String other = api().get("/api/v1/supplies/warehouses?size=100").then().statusCode(200).extract().jsonPath().<String>getList("items.id")
                    .stream().filter(w -> !w.equals(s.warehouse())).findFirst().orElseThrow();
            ok("/api/v1/supplies/stock/transfers", Map.of("fromWarehouseId", s.warehouse(), "toWarehouseId", other, "lotId", s.lot(), "quantity", 5));
            ok("/api/v1/supplies/consumption-records", Map.of("warehouseId", s.warehouse(), "itemId", s.item(), "day", LocalDate.now(CST).toString(), "quantity", 1));
            var item = api().get("/api/v1/supplies/items/" + s.item()).then().statusCode(200).extract();
            String standard = item.path("standard") == null ? "GB 2626-2006" : item.path("standard");
            api().body(Map.of("name", item.path("name"), "category", item.path("category"), "unitOfMeasure", item.path("unitOfMeasure"),
                    "standard", standard)).put("/api/v1/supplies/items/" + s.item()).then().statusCode(200);
        }));
        r.add(new Recipe(List.of(S + "request.cancelled", S + "allocation.rejected", S + "reservation.cancelled"), () -> {
            Stock s = released(300);
            ok("/api/v1/supplies/requests/" + request(s, 10) + "/cancellation", Map.of());
            String plan = created("/api/v1/supplies/allocation-plans", Map.of("itemId", s.item(), "warehouseId", s.warehouse(), "requestIds", List.of(request(s, 10))));
            ok("/api/v1/supplies/allocation-plans/" + plan + "/rejection", Map.of("reason", "等待第二批到货后统一分配"));
            ok("/api/v1/supplies/reservations/" + reservation(s, 10) + "/cancellation", Map.of());
        }));
        r.add(new Recipe(List.of(C + "pass.dispatch-refused", S + "dispatch.pass-refused", C + "pass.revoked", S + "dispatch.pass-withdrawn"), () -> {
            // flow 1: one vehicle, one pass in force — a second dispatch of the same vehicle is refused its pass
            Stock s = released(300);
            String plate = "蒙L·T" + (1000 + (int) (Math.random() * 8999));
            String first = dispatch(reservation(s, 10), plate);
            String pass = eventually(() -> api().get("/api/v1/supplies/dispatches/" + first).then().statusCode(200).extract().path("passId"));
            String second = dispatch(reservation(s, 10), plate);
            eventually(() -> api().get("/api/v1/supplies/dispatches/" + second).then().statusCode(200).extract().path("passRefusal"));
            // the pass revoked: the dispatch loses it
            ok("/api/v1/checkpoints/passes/" + pass + "/revocation", Map.of("reason", "车辆信息有误，重新核发"));
        }));
        return r;
    }

    // ------------------------------------------------------------------ supplies: a lot received, released, allocated

    /** Where the supplies recipes work: an item, its warehouse, a recipient, a supplier (the demo data's first). */
    private record Stock(String item, String warehouse, String recipient, String supplier, String lot) {
    }

    private Stock stock() {
        String item = first("/api/v1/supplies/items");
        String warehouse = first("/api/v1/supplies/warehouses");
        return new Stock(item, warehouse, first("/api/v1/supplies/recipients"), first("/api/v1/supplies/suppliers"), null);
    }

    private String shipment(Stock s, int quantity) {
        return created("/api/v1/supplies/shipments", Map.of("supplierId", s.supplier(), "reference", "SYS-EV-" + System.nanoTime() % 1_000_000_000,
                "origin", "Ulaanbaatar, MN", "portOfEntry", "甘其毛都口岸 (Ganqimaodu)", "warehouseId", s.warehouse(), "carrier", "中蒙跨境公路运输",
                "lines", List.of(Map.of("itemId", s.item(), "quantity", quantity, "lotNumber", "SYS-EV-" + System.nanoTime() % 1_000_000_000,
                        "expiry", LocalDate.now(CST).plusYears(2).toString()))));
    }

    /** A shipment through customs and received: its lot, quarantined. */
    private String received(Stock s, int quantity) {
        String shipment = shipment(s, quantity);
        for (String to : List.of("DISPATCHED", "AT_PORT", "CUSTOMS_CLEARED", "ARRIVED")) ok("/api/v1/supplies/shipments/" + shipment + "/transitions", Map.of("to", to));
        return ok("/api/v1/supplies/shipments/" + shipment + "/receipt", Map.of("lines", List.of(Map.of("lineNo", 1, "receivedQuantity", quantity))))
                .path("lines[0].lotId");
    }

    /** A lot received and released: stock available in the warehouse. */
    private Stock released(int quantity) {
        Stock s = stock();
        String lot = received(s, quantity);
        String standard = api().get("/api/v1/supplies/items/" + s.item()).then().statusCode(200).extract().path("standard");
        if (standard == null) standard = "GB 2626-2006";
        ok("/api/v1/supplies/lots/" + lot + "/release", Map.of("standard", standard, "certificateReference", "CIQ-" + lot.substring(0, 8)));
        return new Stock(s.item(), s.warehouse(), s.recipient(), s.supplier(), lot);
    }

    private String request(Stock s, int quantity) {
        return created("/api/v1/supplies/requests", Map.of("recipientId", s.recipient(), "itemId", s.item(), "quantity", quantity, "priority", "OTHER", "note", "系统测试"));
    }

    private String reservation(Stock s, int quantity) {
        return created("/api/v1/supplies/reservations", Map.of("recipientId", s.recipient(), "itemId", s.item(), "warehouseId", s.warehouse(),
                "quantity", quantity, "lotId", s.lot()));
    }

    private String dispatch(String reservation, String plate) {
        return created("/api/v1/supplies/dispatches", Map.of("reservationIds", List.of(reservation), "vehiclePlate", plate, "driverName", "苏和",
                "route", "临河应急物资库 → G7 京新高速 → 乌拉特后旗", "expectedArrival", OffsetDateTime.now(CST).plusHours(4).toString()));
    }

    // ------------------------------------------------------------------ personnel, checkpoints

    private String person(String name) {
        return created("/api/v1/personnel/people", Map.of("name", name, "category", "POLICE_OFFICER", "partyMember", true));
    }

    /** A key person whose 14 days of observation ended long ago (so that it may be released). */
    private String keyPerson(String name) {
        return created("/api/v1/personnel/key-persons", Map.of("name", name, "category", "FROM_WUHAN", "cameFrom", "湖北省武汉市", "arrivedOn", "2020-01-20",
                "divisionCode", "152502001001", "address", "宝力根街道第1社区", "observationStart", "2020-01-21", "observationDays", 14));
    }

    private String closure(String from) {
        return created("/api/v1/checkpoints/closures", Map.of("road", "X512 县道", "roadClass", "COUNTY_ROAD", "sectionFrom", from, "sectionTo", "K30+000",
                "reason", "疫情防控需要，临时中断交通", "method", "BARRIER", "periodStart", OffsetDateTime.now(CST).plusMinutes(1).toString(),
                "requestingBody", "松山区人民政府"));
    }

    // ------------------------------------------------------------------ HTTP

    private RequestSpecification api() {
        return suite.api();
    }

    /** The second client, which only decides road closures (their requester may not). */
    private RequestSpecification approver() {
        return RestAssured.given().baseUri(suite.gateway).header("X-API-Key", approverKey).header("Accept-Language", "en")
                .contentType("application/json").accept("application/json");
    }

    private String first(String list) {
        String id = api().get(list + "?size=1").then().statusCode(200).extract().path("items[0].id");
        if (id == null) throw new AssertionError(list + " is empty");
        return id;
    }

    private String created(String path, Map<String, ?> body) {
        String id = ok(path, body).path("id");
        if (id == null) throw new AssertionError(path + " answered no id");
        return id;
    }

    /** A POST answered 200 or 201 (a creation or a state change). */
    private ExtractableResponse<Response> ok(String path, Map<String, ?> body) {
        return api().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path).then().log().ifValidationFails()
                .statusCode(oneOf(200, 201)).extract();
    }

    private static <T> T eventually(java.util.function.Supplier<T> read) throws InterruptedException {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        T v = read.get();
        while (v == null && System.nanoTime() < end) {
            Thread.sleep(200);
            v = read.get();
        }
        if (v == null) throw new AssertionError("not there within 60 s");
        return v;
    }
}
