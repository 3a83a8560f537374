package cn.gov.epidemic.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static cn.gov.epidemic.demo.Api.obj;

/** checkpoint-service's demo data: Tongliao 33 + 33, Alxa's Bayan Gol sumu (393 vehicles, 1,150 people), Chifeng, Bayannur's G7 toll station. */
final class CheckpointDemo {

    static final String BASE = "/api/v1/checkpoints";
    private static final List<String> ALL = List.of("TRANSPORT", "TRAFFIC_POLICE", "HEALTH");
    private static final String[][] TONGLIAO = {{"150502", "科尔沁区"}, {"150521", "科尔沁左翼中旗"}, {"150522", "科尔沁左翼后旗"},
            {"150523", "开鲁县"}, {"150524", "库伦旗"}, {"150525", "奈曼旗"}, {"150526", "扎鲁特旗"}, {"150581", "霍林郭勒市"}};
    private static final String[][] CHIFENG_DISTRICTS = {{"150402", "红山区"}, {"150403", "元宝山区"}, {"150404", "松山区"}};
    private static final String[][] CHIFENG_COUNTIES = {{"150421", "阿鲁科尔沁旗"}, {"150422", "巴林左旗"}, {"150423", "巴林右旗"},
            {"150424", "林西县"}, {"150425", "克什克腾旗"}, {"150426", "翁牛特旗"}, {"150428", "喀喇沁旗"}, {"150429", "宁城县"}, {"150430", "敖汉旗"}};
    private static final String[] ROADS = {"G45 大广高速", "G111 国道", "G304 国道", "S304 省道", "G303 国道", "S203 省道"};

    private final Api api;
    private final Api approver;
    /** Checkpoint ids by code: other services name a checkpoint by its id in checkpoint-service. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private String emergencyPassCode;
    private String privateCarPassCode;

    /** {@code approver}: another client system, which may approve the road closure that {@code api} requests; null leaves it requested. */
    CheckpointDemo(Api api, Api approver) {
        this.api = api;
        this.approver = approver;
    }

    /** Checkpoints, road closures and passes: first, so that the other services can name the checkpoints. */
    Map<String, String> checkpointsClosuresAndPasses() {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(tongliao());
        all.addAll(alxa());
        all.addAll(chifeng());
        all.add(bayannur());
        List<Callable<JsonNode>> tasks = new ArrayList<>();
        for (Map<String, Object> c : all) tasks.add(() -> api.create(BASE, c));
        for (JsonNode c : api.all(tasks)) ids.put(c.get("code").asText(), c.get("id").asText());
        chifengClosures();
        chifengPasses();
        return ids;
    }

    /** Inspections: last, when the people and the passes they lead to are there. */
    void inspections() {
        alxaInspections();
        chifengInspections();
    }

    private static Map<String, Object> checkpoint(String code, String name, String kind, String road, BigDecimal lat, BigDecimal lon,
                                                  String division, List<String> agencies, boolean greenLane, String hospital) {
        return obj("code", code, "name", name, "kind", kind, "road", road, "latitude", lat, "longitude", lon,
                "divisionCode", division, "agencies", agencies, "greenLane", greenLane, "designatedHospital", hospital);
    }

    private List<Map<String, Object>> tongliao() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 1; i <= 33; i++) {
            String[] area = TONGLIAO[(i - 1) % TONGLIAO.length];
            String kind = i % 3 == 0 ? "COUNTY_ROAD_ENTRANCE" : i % 3 == 1 ? "TRUNK_ROAD" : "EXPRESSWAY_EXIT";
            list.add(checkpoint(String.format("TL-EXIT-%02d", i), area[1] + "出区出市通道临时检测站" + i + "号",
                    kind, ROADS[i % ROADS.length], null, null, area[0], ALL, false, "通辽市传染病医院"));
        }
        for (int i = 1; i <= 33; i++) {
            String[] area = TONGLIAO[(i - 1) % TONGLIAO.length];
            list.add(checkpoint(String.format("TL-TOLL-%02d", i), area[1] + "收费站" + i + "号应急物资绿色通道",
                    "TOLL_STATION", ROADS[i % 2 == 0 ? 0 : 5], null, null, area[0], ALL, true, "通辽市传染病医院"));
        }
        list.add(checkpoint("TL-AIRPORT", "通辽机场体温检测点", "AIRPORT", null, new BigDecimal("43.556"), new BigDecimal("122.200"),
                "150502", List.of("TRANSPORT", "HEALTH"), false, "通辽市传染病医院"));
        list.add(checkpoint("TL-RAIL", "通辽火车站体温检测点", "RAILWAY_STATION", null, null, null,
                "150502", List.of("TRANSPORT", "HEALTH"), false, "通辽市传染病医院"));
        return list;
    }

    private List<Map<String, Object>> alxa() {
        return List.of(checkpoint("ALS-YQ-BYGL", "阿拉善右旗巴彦高勒苏木疫情检测卡点", "COUNTY_ROAD_ENTRANCE", "S218 省道", null, null,
                "152922", List.of("TRAFFIC_POLICE", "HEALTH"), false, "阿拉善右旗人民医院"));
    }

    private List<Map<String, Object>> chifeng() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String[] d = CHIFENG_DISTRICTS[(i - 1) % 3];
            list.add(checkpoint(String.format("CF-RING-%02d", i), "赤峰市中心城区环城道路" + d[1] + "出入口" + i + "号",
                    "CITY_RING_ROAD_EXIT", "中心城区环城路", null, null, d[0], ALL, false, "赤峰市医院"));
        }
        for (int i = 0; i < CHIFENG_COUNTIES.length; i++) {
            list.add(checkpoint(String.format("CF-COUNTY-%02d", i + 1), CHIFENG_COUNTIES[i][1] + "出入口体温检测点",
                    "COUNTY_ROAD_ENTRANCE", null, null, null, CHIFENG_COUNTIES[i][0], ALL, false, CHIFENG_COUNTIES[i][1] + "人民医院"));
        }
        return list;
    }

    /** The green lane the Bayannur dispatches pass; its name avoids 绿色通道 and 出区出市通道, Tongliao's 33 + 33 are counted by name. */
    private Map<String, Object> bayannur() {
        return checkpoint(CrossServiceDemo.BAYANNUR_CHECKPOINT, "G7 京新高速临河收费站疫情防控检测点（应急物资优先通行）", "TOLL_STATION",
                "G7 京新高速", new BigDecimal("40.760"), new BigDecimal("107.400"), "150802", ALL, true, "巴彦淖尔市医院");
    }

    private void alxaInspections() {
        String cp = ids.get("ALS-YQ-BYGL");
        // 393 vehicles, 1,150 people: 364 with three aboard, 29 with two
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 393; i++) {
            int people = i < 364 ? 3 : 2;
            List<Map<String, Object>> occ = new ArrayList<>();
            for (int k = 0; k < people; k++) {
                occ.add(obj("role", k == 0 ? "DRIVER" : "PASSENGER", "temperature", new BigDecimal("36." + (i + k) % 10)));
            }
            rows.add(obj("checkpointId", cp, "plate", String.format("蒙M%05d", 10000 + i),
                    "vehicleKind", i % 5 == 0 ? "TRUCK" : "PRIVATE_CAR", "origin", "阿拉善右旗", "destination", "巴彦高勒苏木", "occupants", occ));
        }
        api.importAll(BASE + "/inspections/imports", rows, PersonnelDemo.IMPORT_CHUNK);
    }

    private void chifengClosures() {
        OffsetDateTime now = OffsetDateTime.now(DemoLoader.ZONE);
        JsonNode c = api.create(BASE + "/closures", obj("road", "X512 县道", "roadClass", "COUNTY_ROAD",
                "sectionFrom", "K12+000 王家营子", "sectionTo", "K18+500 三道沟", "reason", "疫情防控需要，临时中断交通",
                "method", "BARRIER", "periodStart", now.minusHours(2), "periodEnd", now.plusDays(10), "requestingBody", "松山区人民政府"));
        String id = c.get("id").asText();
        if (approver != null) {
            // the requester may not approve its own request (closure-self-approval): the approving authority is another client
            approver.post(BASE + "/closures/" + id + "/approval", obj("note", "同意，须由交警部门公告绕行线路"));
            api.post(BASE + "/closures/" + id + "/detour", obj("route", "经 S206 省道绕行至三道沟",
                    "announcedBy", "TRAFFIC_POLICE", "announcingBody", "赤峰市公安局交通管理支队"));
        } else {
            DemoLoader.log("WARNING no approver API key: the X512 county-road closure stays REQUESTED (not in effect)");
        }
        api.create(BASE + "/closures", obj("road", "Y031 乡道", "roadClass", "TOWNSHIP_ROAD", "sectionFrom", "村口", "sectionTo", "K3+200",
                "reason", "外来车辆管控", "method", "TRAFFIC_CONES", "periodStart", now.plusDays(1), "requestingBody", "喀喇沁旗锦山镇人民政府"));
    }

    private void chifengPasses() {
        OffsetDateTime now = OffsetDateTime.now(DemoLoader.ZONE);
        emergencyPassCode = api.create(BASE + "/passes/emergency-transport", obj("plate", "蒙D80001", "issuingBody", "赤峰市交通运输局",
                "driver", passPerson("赵海军", People.idCard("150402", "19800312", 123), "13904761234"),
                "matter", "向赤峰市医院运送医用防护物资", "cargo", "医用防护服 2000 套、N95 口罩 10000 只", "origin", "呼和浩特市",
                "route", "G45 大广高速 → 赤峰市区", "destination", "赤峰市医院", "validFrom", now.minusHours(1), "validUntil", now.plusDays(3)))
                .get("code").asText();
        api.create(BASE + "/passes/key-enterprise", obj("plate", "蒙D56789", "issuingBody", "赤峰市新型冠状病毒感染的肺炎疫情防控工作指挥部",
                "enterprise", "赤峰某制药有限公司", "goods", "原料药 20 吨",
                "driver", passPerson("钱永胜", People.idCard("150404", "19760521", 45), null),
                "route", "松山区 → 元宝山区", "destination", "元宝山区工业园", "validFrom", now.minusHours(1), "validUntil", now.plusDays(14)));
        privateCarPassCode = api.create(BASE + "/passes/private-car", obj("plate", "蒙D12345", "issuingBody", "红山区长青街道长青社区",
                "driver", passPerson("李志强", People.idCard("150402", "19870115", 321), "13804761111"),
                "passengers", List.of(passPerson("王丽娟", People.idCard("150402", "19890402", 322), null),
                        passPerson("李文博", People.idCard("150402", "20120909", 11), null)),
                "origin", "红山区长青社区", "destination", "元宝山区平庄镇", "departureDate", LocalDate.now(DemoLoader.ZONE).plusDays(1)))
                .get("code").asText();
    }

    private static Map<String, Object> passPerson(String name, String idCard, String phone) {
        return obj("name", name, "idCardNumber", idCard, "phone", phone);
    }

    private void chifengInspections() {
        String ring = ids.get("CF-RING-01");
        api.create(BASE + "/inspections", obj("checkpointId", ring, "plate", "蒙D80001", "vehicleKind", "TRUCK",
                "origin", "呼和浩特市", "destination", "赤峰市医院", "passCode", emergencyPassCode,
                "occupants", List.of(obj("role", "DRIVER", "name", "赵海军", "temperature", new BigDecimal("36.4")))));
        // the fever case heads for a community with officers deployed: personnel-service opens a key-person observation there (flow 3)
        api.create(BASE + "/inspections", obj("checkpointId", ring, "plate", "蒙D33221", "vehicleKind", "PRIVATE_CAR",
                "origin", "松山区", "destination", "元宝山区平庄镇第1社区", "destinationDivisionCode", CrossServiceDemo.PINGZHUANG_COMMUNITY_1,
                "occupants", List.of(obj("role", "DRIVER", "name", "孙春雷", "temperature", new BigDecimal("36.6")),
                        obj("role", "PASSENGER", "name", "孙玉兰", "temperature", new BigDecimal("38.1")))));
        api.create(BASE + "/inspections", obj("checkpointId", ring, "plate", "蒙D12345", "vehicleKind", "PRIVATE_CAR",
                "origin", "红山区", "destination", "元宝山区", "passCode", privateCarPassCode,
                "occupants", List.of(obj("role", "DRIVER", "name", "李志强", "temperature", new BigDecimal("36.5"))),
                "note", "通行证次日起有效，劝返"));
    }
}
