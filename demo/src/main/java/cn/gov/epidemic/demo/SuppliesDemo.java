package cn.gov.epidemic.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.epidemic.demo.Api.obj;

/** supplies-service's demo data: Bayannur's supplies bought abroad, their allocation and dispatches; Ordos' donations (122 million yuan). */
final class SuppliesDemo {

    static final String BASE = "/api/v1/supplies";
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private final Api api;
    private String maskId;
    private String wuyuanDispatchId;

    SuppliesDemo(Api api) {
        this.api = api;
    }

    void load() {
        bayannur();
        ordos();
    }

    /** Dispatch 2 (to Wuyuan county): planned, its pass issued by checkpoint-service, not yet departed. */
    String wuyuanDispatchId() {
        return wuyuanDispatchId;
    }

    private static OffsetDateTime at(int month, int day, int hour) {
        return OffsetDateTime.of(2020, month, day, hour, 0, 0, 0, CST);
    }

    private String create(String path, Map<String, Object> body) {
        return api.create(BASE + path, body).get("id").asText();
    }

    private void bayannur() {
        LocalDate today = LocalDate.now(DemoLoader.ZONE);
        String suit = create("/items", obj("code", "PPE-SUIT", "name", "医用一次性防护服 (protective suit)", "category", "PROTECTIVE_CLOTHING",
                "unitOfMeasure", "set", "standard", "GB 19082-2009"));
        maskId = create("/items", obj("code", "MASK-DISP", "name", "一次性使用医用口罩 (disposable medical mask)", "category", "MASK",
                "unitOfMeasure", "piece", "standard", "YY/T 0969-2013 / EN 14683"));
        String n95 = create("/items", obj("code", "N95", "name", "N95 口罩 (N95 respirator)", "category", "RESPIRATOR",
                "unitOfMeasure", "piece", "standard", "GB 2626-2006 KN95 / NIOSH N95"));
        create("/items", obj("code", "GOGGLES", "name", "医用护目镜 (goggles)", "category", "EYE_PROTECTION", "unitOfMeasure", "piece",
                "standard", "GB 14866-2006"));
        create("/items", obj("code", "THERMO-IR", "name", "红外额温枪 (infrared thermometer)", "category", "THERMOMETER", "unitOfMeasure", "piece",
                "standard", "GB/T 21417.1-2008"));
        String mn = create("/suppliers", obj("name", "Ulaanbaatar medical supplies distributor (demo)", "country", "MN", "city", "Ulaanbaatar"));
        create("/suppliers", obj("name", "Turkish mask manufacturer (demo)", "country", "TR", "city", "Istanbul"));
        create("/suppliers", obj("name", "Korean respirator manufacturer (demo)", "country", "KR", "city", "Seoul"));
        String linhe = create("/warehouses", obj("code", "BYN-LINHE", "name", "巴彦淖尔市应急物资储备库（临河）", "divisionCode", "150802"));

        String order = create("/orders", obj("supplierId", mn, "reference", "BYN-2020-PO-001", "orderedOn", LocalDate.of(2020, 1, 27),
                "currency", "CNY", "lines", List.of(obj("itemId", suit, "quantity", 4195), obj("itemId", maskId, "quantity", 82000),
                        obj("itemId", n95, "quantity", 15000))));

        // the first shipment, arrived 1 February 2020
        String first = create("/shipments", shipment(order, mn, linhe, "BYN-2020-SH-001", LocalDate.of(2020, 2, 1), List.of(
                obj("itemId", suit, "quantity", 1195, "lotNumber", "MN-PPE-200128", "expiry", today.plusYears(2)),
                obj("itemId", maskId, "quantity", 2000, "lotNumber", "TR-MASK-200120", "expiry", today.plusYears(2)),
                obj("itemId", n95, "quantity", 10000, "lotNumber", "KR-N95-200115", "expiry", today.plusYears(3)))));
        String transitions = BASE + "/shipments/" + first + "/transitions";
        api.post(transitions, obj("to", "DISPATCHED", "at", at(1, 30, 9), "note", "从乌兰巴托发出"));
        api.post(transitions, obj("to", "AT_PORT", "at", at(1, 31, 15), "note", "抵达甘其毛都口岸"));
        api.post(transitions, obj("to", "CUSTOMS_CLEARED", "at", at(2, 1, 9), "note", "海关快速验放"));
        api.post(transitions, obj("to", "ARRIVED", "at", at(2, 1, 16), "note", "运抵临河"));
        JsonNode received = api.post(BASE + "/shipments/" + first + "/receipt", obj("at", at(2, 1, 18), "lines", List.of(
                obj("lineNo", 1, "receivedQuantity", 1195), obj("lineNo", 2, "receivedQuantity", 2000), obj("lineNo", 3, "receivedQuantity", 10000))));
        Map<String, String> standards = Map.of(suit, "GB 19082-2009", maskId, "YY/T 0969-2013 / EN 14683", n95, "GB 2626-2006 KN95 / NIOSH N95");
        for (JsonNode l : received.get("lines")) {
            api.post(BASE + "/lots/" + l.get("lotId").asText() + "/release", obj("standard", standards.get(l.get("itemId").asText()),
                    "certificateReference", "CIQ-150800-2020-0201-" + l.get("lineNo").asInt()));
        }

        // the next shipment, expected the following week through the same port; "a certain number" of N95 in the source: 5,000
        // (supplier names, lot numbers, expiries and the split of the Ordos total are illustrative too)
        create("/shipments", shipment(order, mn, linhe, "BYN-2020-SH-002", LocalDate.of(2020, 2, 10), List.of(
                obj("itemId", suit, "quantity", 3000), obj("itemId", maskId, "quantity", 80000), obj("itemId", n95, "quantity", 5000))));

        // recipients: the designated fever hospital, a district hospital, banners/counties/districts
        Map<String, String> r = new HashMap<>();
        r.put("fever", create("/recipients", obj("name", "巴彦淖尔市医院（定点救治医院）", "kind", "HOSPITAL", "divisionCode", "150802")));
        r.put("linheHospital", create("/recipients", obj("name", "临河区人民医院（发热门诊）", "kind", "HOSPITAL", "divisionCode", "150802")));
        String[][] divisions = {{"150802", "临河区"}, {"150821", "五原县"}, {"150822", "磴口县"}, {"150823", "乌拉特前旗"},
                {"150824", "乌拉特中旗"}, {"150825", "乌拉特后旗"}, {"150826", "杭锦后旗"}};
        for (String[] d : divisions) r.put(d[0], create("/recipients", obj("name", d[1], "kind", "DIVISION", "divisionCode", d[0])));
        // the banners' own hospitals, and the Hohhot municipal public security bureau (its officers at the checkpoints need masks)
        String[][] bannerHospitals = {{"150823", "乌拉特前旗人民医院"}, {"150824", "乌拉特中旗人民医院"}, {"150825", "乌拉特后旗人民医院"},
                {"150826", "杭锦后旗人民医院"}};
        for (String[] h : bannerHospitals) r.put("hospital-" + h[0], create("/recipients", obj("name", h[1], "kind", "HOSPITAL", "divisionCode", h[0])));
        r.put("hohhotPolice", create("/recipients", obj("name", "呼和浩特市公安局", "kind", "ORGANISATION", "divisionCode", "150100")));

        // N95 is scarce: 13,000 asked for, 10,000 there
        String rq = request(r.get("fever"), n95, 4000, "DESIGNATED_FEVER_HOSPITAL", LocalDate.of(2020, 2, 2), "隔离病区及发热门诊");
        request(r.get("linheHospital"), n95, 3000, "FRONTLINE_CLINIC", LocalDate.of(2020, 2, 2), "发热门诊");
        request(r.get("150821"), n95, 2000, "OTHER", null, "卡口及社区防控");
        request(r.get("150823"), n95, 2000, "OTHER", null, "卡口及社区防控");
        request(r.get("150826"), n95, 2000, "OTHER", null, "卡口及社区防控");
        request(r.get("150821"), suit, 300, "OTHER", null, "县医院储备");
        String plan = create("/allocation-plans", obj("itemId", n95, "warehouseId", linhe));
        JsonNode lines = api.post(BASE + "/allocation-plans/" + plan + "/approval", null).get("lines");
        String feverReservation = null, wuyuanReservation = null;
        for (JsonNode l : lines) {
            if (l.get("requestId").asText().equals(rq)) feverReservation = l.get("reservationId").asText();
            if (wuyuanReservation == null && l.get("recipientId").asText().equals(r.get("150821"))) wuyuanReservation = l.get("reservationId").asText();
        }
        if (feverReservation == null || wuyuanReservation == null) {
            throw new IllegalStateException("the approved N95 allocation plan " + plan + " has no line for the fever hospital or for Wuyuan");
        }

        // the fever hospital's N95 delivered; Wuyuan's dispatch planned. Neither pass is entered by hand: the
        // dispatch.planned event makes checkpoint-service issue a green-lane pass, which supplies-service records (flow 1)
        OffsetDateTime now = OffsetDateTime.now(DemoLoader.ZONE);
        String d1 = create("/dispatches", obj("reservationIds", List.of(feverReservation), "vehiclePlate", "蒙L·A1234", "driverName", "驾驶员甲",
                "route", "临河应急物资库 → 巴彦淖尔市医院", "expectedArrival", now.plusHours(1)));
        wuyuanDispatchId = create("/dispatches", obj("reservationIds", List.of(wuyuanReservation), "vehiclePlate", CrossServiceDemo.WUYUAN_PLATE,
                "driverName", "驾驶员乙", "route", "临河 → G7 京新高速 → 五原县", "expectedArrival", now.plusHours(3)));
        CrossServiceDemo.awaitPass(api, d1, "蒙L·A1234");
        api.post(BASE + "/dispatches/" + d1 + "/departure", null);
        api.post(BASE + "/dispatches/" + d1 + "/delivery", obj("receivedBy", "市医院物资科"));
    }

    private Map<String, Object> shipment(String order, String supplier, String warehouse, String reference, LocalDate plannedArrival,
                                         List<Map<String, Object>> lines) {
        return obj("orderId", order, "supplierId", supplier, "reference", reference, "origin", "Ulaanbaatar, MN",
                "portOfEntry", "甘其毛都口岸 (Ganqimaodu)", "warehouseId", warehouse, "carrier", "中蒙跨境公路运输 (demo carrier)",
                "plannedArrival", plannedArrival, "lines", lines);
    }

    private String request(String recipient, String item, int quantity, String priority, LocalDate neededBy, String note) {
        return create("/requests", obj("recipientId", recipient, "itemId", item, "quantity", quantity, "priority", priority,
                "neededBy", neededBy, "note", note));
    }

    private void ordos() {
        String wuhan = create("/recipients", obj("name", "武汉市红十字会", "kind", "ORGANISATION", "divisionCode", "420100"));
        String region = create("/recipients", obj("name", "内蒙古自治区红十字会", "kind", "ORGANISATION", "divisionCode", "150000"));
        String warehouse = create("/warehouses", obj("code", "ORD-DONGSHENG", "name", "鄂尔多斯市应急物资储备库（东胜）", "divisionCode", "150602"));
        String redCross = "鄂尔多斯市红十字会";
        LocalDate jan31 = LocalDate.of(2020, 1, 31);
        String toWuhan = money("社会各界定向捐赠（武汉）", redCross, "40000000.00", wuhan, "定向捐赠武汉市疫情防控", jan31);
        String toRegion = money("社会各界定向捐赠（自治区一线）", redCross, "12000000.00", region, "定向捐赠自治区疫情防控一线", jan31);
        money("社会各界捐赠（非定向）", redCross, "50000000.00", null, "由市、旗区疫情防控指挥部依法依规调配使用", jan31);
        money("企业及个人捐赠（非定向）", "鄂尔多斯市慈善总会", "18000000.00", null, null, jan31);
        create("/donations", obj("donor", "企业捐赠物资", "kind", "GOODS", "receivedOn", jan31, "receivedBy", "鄂尔多斯市疫情防控指挥部",
                "divisionCode", "150600", "amount", new BigDecimal("2000000.00"), "currency", "CNY", "directed", false, "purpose", "医用口罩",
                "lines", List.of(obj("itemId", maskId, "warehouseId", warehouse, "quantity", 100000, "lotNumber", "ORD-DON-200131",
                        "expiry", LocalDate.now(DemoLoader.ZONE).plusYears(2)))));
        api.create(BASE + "/donations/" + toWuhan + "/forwardings", obj("amount", new BigDecimal("40000000.00"), "forwardedOn", jan31,
                "reference", "全额汇至武汉市红十字会"));
        api.create(BASE + "/donations/" + toRegion + "/forwardings", obj("amount", new BigDecimal("12000000.00"), "forwardedOn", jan31,
                "reference", "全额汇至自治区红十字会"));
    }

    private String money(String donor, String receivedBy, String amount, String directedTo, String purpose, LocalDate on) {
        return create("/donations", obj("donor", donor, "kind", "MONEY", "receivedOn", on, "receivedBy", receivedBy, "divisionCode", "150600",
                "amount", new BigDecimal(amount), "currency", "CNY", "directed", directedTo != null, "directedRecipientId", directedTo,
                "purpose", purpose));
    }
}
