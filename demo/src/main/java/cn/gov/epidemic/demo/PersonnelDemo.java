package cn.gov.epidemic.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static cn.gov.epidemic.demo.Api.obj;

/** personnel-service's demo data: Hohhot (1,400 planned, 2,010 deployed), Xilingol screening, Alxa teams, Hinggan's 15 persuasion stations. */
final class PersonnelDemo {

    static final String BASE = "/api/v1/personnel";
    /** Rows per bulk request: well under the services' 1 MiB body limit (a person with a deployment is about 450 bytes). */
    static final int IMPORT_CHUNK = 500;

    private final Api api;
    private final People people;
    private final List<String> alxaVanguard = new ArrayList<>();

    PersonnelDemo(Api api, People people) {
        this.api = api;
        this.people = people;
    }

    void load() {
        hohhot();
        xilingol();
        alxa();
        hinggan();
    }

    /** The three Nantian volunteers who staff the Bayan Gol sumu vanguard post in turns. */
    List<String> alxaVanguard() {
        return alxaVanguard;
    }

    // ------------------------------------------------------------------ Hohhot: 1,400 planned, 2,010 deployed

    private record Area(String code, String name, String kind) {
        boolean urban() {
            return kind.equals("DISTRICT");
        }
    }

    private void hohhot() {
        List<Area> areas = List.of(new Area("150102", "新城区", "DISTRICT"), new Area("150103", "回民区", "DISTRICT"),
                new Area("150104", "玉泉区", "DISTRICT"), new Area("150105", "赛罕区", "DISTRICT"),
                new Area("150121", "土默特左旗", "BANNER"), new Area("150122", "托克托县", "COUNTY"),
                new Area("150123", "和林格尔县", "COUNTY"), new Area("150124", "清水河县", "COUNTY"),
                new Area("150125", "武川县", "COUNTY"));
        // divisions level by level: a division needs its parent, those of one level go in parallel
        division("150100", "呼和浩特市", "CITY", null, null);
        List<Map<String, Object>> level2 = new ArrayList<>(), level3 = new ArrayList<>(), level4 = new ArrayList<>();
        List<List<String>> grassrootsOfArea = new ArrayList<>();
        for (Area a : areas) {
            level2.add(divisionBody(a.code(), a.name(), a.kind(), "150100", null));
            List<String> grassroots = new ArrayList<>();
            for (int t = 1; t <= 2; t++) {
                String town = a.code() + String.format("%03d", t);
                level3.add(divisionBody(town, a.name() + (a.urban() ? "第" + t + "街道" : "第" + t + "镇"),
                        a.urban() ? "SUBDISTRICT" : "TOWN", a.code(), null));
                for (int v = 1; v <= 5; v++) {
                    String code = town + String.format("%03d", v);
                    level4.add(divisionBody(code, a.name() + t + "-" + v + (a.urban() ? "社区" : "村"),
                            a.urban() ? "COMMUNITY" : "VILLAGE", town, a.urban() ? 1500 : 400));
                    grassroots.add(code);
                }
            }
            grassrootsOfArea.add(grassroots);
        }
        createAll("/divisions", level2);
        createAll("/divisions", level3);
        createAll("/divisions", level4);

        List<Map<String, Object>> unitBodies = new ArrayList<>();
        List<String> unitRegion = new ArrayList<>();
        List<List<String>> destinations = new ArrayList<>();
        String[][] kinds = {{"政法委", "POLITICAL_LEGAL_COMMITTEE"}, {"公安分局", "PUBLIC_SECURITY"},
                {"人民检察院", "PROCURATORATE"}, {"人民法院", "COURT"}, {"司法局", "JUSTICE_BUREAU"}};
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            for (String[] k : kinds) {
                String name = a.name() + (k[0].equals("公安分局") && !a.urban() ? "公安局" : k[0]);
                unitBodies.add(obj("name", name, "kind", k[1], "divisionCode", a.code()));
                unitRegion.add(a.code());
                destinations.add(grassrootsOfArea.get(i));
            }
        }
        unitBodies.add(obj("name", "呼和浩特经济技术开发区综合行政执法局", "kind", "LAW_ENFORCEMENT_BUREAU", "divisionCode", "150100"));
        unitRegion.add("150105");
        destinations.add(destinations.get(15)); // the development zone lies by Saihan district
        List<String> unitIds = ids(createAll("/units", unitBodies));

        // quotas: 1,400 spread over the 46 units; deployed: 2,010 spread the same way (about 143.6% each)
        int n = unitIds.size();
        List<Map<String, Object>> quotas = new ArrayList<>();
        int[] deployed = new int[n];
        for (int i = 0; i < n; i++) {
            quotas.add(obj("unitId", unitIds.get(i), "quota", 1400 / n + (i < 1400 % n ? 1 : 0)));
            deployed[i] = 2010 / n + (i < 2010 % n ? 1 : 0);
        }
        String planId = api.create(BASE + "/plans", obj("name", "呼和浩特市政法干警下沉基层防控疫情", "issuingAuthority", "呼和浩特市委政法委",
                "divisionCode", "150100", "target", 1400, "periodStart", LocalDate.of(2020, 1, 28), "quotas", quotas)).get("id").asText();
        List<String> village = List.of("PUBLICITY", "SCREENING", "REGISTRATION", "OBSERVATION", "ISOLATION");
        List<String> order = List.of("SCREENING", "SECURITY", "PUBLIC_ORDER", "MIGRANT_MANAGEMENT", "INCIDENT_RESPONSE");
        // 2,010 people, each with the deployment that puts them on duty: rows of the bulk import, a few requests
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            String category = category(unitKind(u, n));
            for (int i = 0; i < deployed[u]; i++) {
                Map<String, Object> person = people.person(category, unitIds.get(u), unitRegion.get(u), true);
                List<String> dest = destinations.get(u);
                String code = dest.get(i % dest.size());
                List<String> duties = i % 2 == 0 ? village : order;
                rows.add(obj("person", person, "deployments", List.of(obj("planId", planId, "destinationType", "DIVISION",
                        "divisionCode", code, "workGroup", code.substring(9) + "号工作组", "duties", duties,
                        "plannedStart", LocalDate.of(2020, 1, 29), "activateNow", true))));
            }
        }
        api.importAll(BASE + "/people/imports", rows, IMPORT_CHUNK);
    }

    private static String unitKind(int index, int count) {
        if (index == count - 1) return "LAW_ENFORCEMENT_BUREAU";
        return new String[] {"POLITICAL_LEGAL_COMMITTEE", "PUBLIC_SECURITY", "PROCURATORATE", "COURT", "JUSTICE_BUREAU"}[index % 5];
    }

    private static String category(String unitKind) {
        return switch (unitKind) {
            case "PUBLIC_SECURITY" -> "POLICE_OFFICER";
            case "PROCURATORATE" -> "PROSECUTOR";
            case "COURT" -> "JUDGE";
            case "LAW_ENFORCEMENT_BUREAU" -> "LAW_ENFORCEMENT_OFFICER";
            default -> "JUSTICE_OFFICIAL";
        };
    }

    // ------------------------------------------------------------------ Xilingol: grid workers, screening, key persons

    private void xilingol() {
        // relative to today, so that the observations are live (names and villages the source does not name are generic)
        LocalDate today = LocalDate.now(DemoLoader.ZONE);
        division("152500", "锡林郭勒盟", "LEAGUE", null, null);
        division("152502", "锡林浩特市", "COUNTY", "152500", null);
        createAll("/divisions", List.of(divisionBody("152502001", "锡林浩特市宝力根街道", "SUBDISTRICT", "152502", null),
                divisionBody("152502100", "锡林浩特市朝克乌拉苏木", "SUMU", "152502", null)));
        List<String> villages = new ArrayList<>();
        List<Map<String, Object>> grassroots = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String c = "152502001" + String.format("%03d", i);
            grassroots.add(divisionBody(c, "宝力根街道第" + i + "社区", "COMMUNITY", "152502001", 800));
            villages.add(c);
            String g = "152502100" + String.format("%03d", i);
            grassroots.add(divisionBody(g, "朝克乌拉苏木第" + i + "嘎查", "GACHA", "152502100", 120));
            villages.add(g);
        }
        createAll("/divisions", grassroots);
        String unit = unit("锡林郭勒盟委政法委员会", "POLITICAL_LEGAL_COMMITTEE", "152500");
        List<Map<String, Object>> workerBodies = new ArrayList<>();
        for (int i = 0; i < 40; i++) workerBodies.add(people.person("GRID_WORKER", unit, "152502", i % 3 == 0));
        List<String> workers = importPeople(workerBodies);

        OffsetDateTime visitDay = today.minusDays(3).atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
        List<Map<String, Object>> visits = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String outcome = i % 40 == 7 ? "KEY_PERSON_FOUND" : i % 25 == 3 ? "NOBODY_HOME" : "NO_RISK";
            visits.add(obj("divisionCode", villages.get(i % villages.size()), "household", (i / villages.size() + 1) + "号院",
                    "visitedAt", visitDay.plusMinutes(7L * i), "workerId", workers.get(i % workers.size()),
                    "residents", 1 + i % 5, "outcome", outcome));
        }
        api.importAll(BASE + "/screening-visits/imports", visits, IMPORT_CHUNK);

        String[] cats = {"FROM_WUHAN", "FROM_HUBEI_OTHER", "FROM_OTHER_PROVINCE"};
        String[] from = {"湖北省武汉市", "湖北省孝感市", "北京市"};
        String[] region = {"420102", "420902", "110105"};
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            int c = i % 3;
            int k = i;
            LocalDate arrived = today.minusDays(3 + i);
            Map<String, Object> body = obj("name", people.name(), "idCardNumber", People.idCard(region[c], "19" + (70 + i) + "0612", 100 + i),
                    "phone", "139" + String.format("%08d", 47100000 + i), "category", cats[c], "cameFrom", from[c], "arrivedOn", arrived,
                    "divisionCode", villages.get(i), "observationStart", arrived.plusDays(1), "observationDays", 14);
            tasks.add(() -> {
                String id = api.create(BASE + "/key-persons", body).get("id").asText();
                // daily follow-ups up to yesterday; today's are still to do (the overdue list shows them)
                for (LocalDate d = arrived.plusDays(1); d.isBefore(today); d = d.plusDays(1)) {
                    boolean cough = k == 4 && d.equals(today.minusDays(1));
                    api.create(BASE + "/key-persons/" + id + "/follow-ups", obj("day", d, "temperature", new BigDecimal(cough ? "37.6" : "36.5"),
                            "symptoms", cough ? List.of("咳嗽") : List.of()));
                }
                return id;
            });
        }
        api.all(tasks);
    }

    // ------------------------------------------------------------------ Alxa: teams, vanguard posts

    private void alxa() {
        division("152900", "阿拉善盟", "LEAGUE", null, null);
        createAll("/divisions", List.of(divisionBody("152921", "阿拉善左旗", "BANNER", "152900", null),
                divisionBody("152922", "阿拉善右旗", "BANNER", "152900", null)));
        createAll("/divisions", List.of(divisionBody("152921100", "巴彦浩特镇", "TOWN", "152921", null),
                divisionBody("152922101", "巴彦高勒苏木", "SUMU", "152922", null)));
        createAll("/divisions", List.of(divisionBody("152921100001", "南田社区", "COMMUNITY", "152921100", 2100),
                divisionBody("152922101001", "巴彦高勒苏木第1嘎查", "GACHA", "152922101", 90)));
        String unit = unit("阿拉善盟委组织部", "PARTY_ORGANISATION", "152900");
        String team = api.create(BASE + "/teams", obj("name", "南田社区党员志愿服务队", "kind", "VOLUNTEER_SERVICE_TEAM",
                "divisionCode", "152921100001")).get("id").asText();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 18; i++) bodies.add(people.person("PARTY_MEMBER_VOLUNTEER", unit, "152921", true));
        List<String> members = importPeople(bodies);
        List<Callable<JsonNode>> joins = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Map<String, Object> m = obj("personId", members.get(i), "role", i == 0 ? "队长" : "队员");
            joins.add(() -> api.create(BASE + "/teams/" + team + "/members", m));
        }
        api.all(joins);
        List<Map<String, Object>> teams = new ArrayList<>();
        for (int i = 1; i <= 3; i++) teams.add(obj("name", "阿拉善右旗疫情防控尖刀班" + i, "kind", "SPEARHEAD_SQUAD", "divisionCode", "152922101"));
        for (int i = 1; i <= 2; i++) teams.add(obj("name", "阿拉善左旗抗击疫情先锋队" + i, "kind", "VANGUARD_TEAM", "divisionCode", "152921100"));
        createAll("/teams", teams);
        String post = api.create(BASE + "/posts", obj("name", "巴彦高勒苏木疫情检测卡点党员先锋岗", "kind", "VANGUARD_POST",
                "divisionCode", "152922101001", "location", "巴彦高勒苏木疫情检测卡点")).get("id").asText();
        alxaVanguard.addAll(members.subList(0, 3));
        roundTheClock(post, alxaVanguard, true);
    }

    // ------------------------------------------------------------------ Hinggan: 15 persuasion stations, 24-hour rotation

    private void hinggan() {
        division("152200", "兴安盟", "LEAGUE", null, null);
        division("152224", "突泉县", "COUNTY", "152200", null);
        division("152224100", "永安镇", "TOWN", "152224", null);
        String unit = unit("突泉县永安镇党委", "PARTY_ORGANISATION", "152224");
        createAll("/teams", List.of(
                obj("name", "永安镇疫情防控党员突击队", "kind", "SHOCK_TEAM", "divisionCode", "152224100"),
                obj("name", "永安镇疫情防控党员守护队", "kind", "GUARD_TEAM", "divisionCode", "152224100"),
                obj("name", "永安镇疫情防控党员特遣队", "kind", "SPECIAL_TEAM", "divisionCode", "152224100"),
                obj("name", "永安镇疫情防控党员志愿服务队", "kind", "VOLUNTEER_SERVICE_TEAM", "divisionCode", "152224100")));
        List<Callable<Object>> stations = new ArrayList<>();
        for (int s = 1; s <= 15; s++) {
            int station = s;
            String village = "152224100" + String.format("%03d", 200 + s);
            Map<String, Object> secretary = people.person("VILLAGE_CADRE", unit, "152224", true);
            List<Map<String, Object>> volunteers = List.of(people.person("PARTY_MEMBER_VOLUNTEER", unit, "152224", true),
                    people.person("PARTY_MEMBER_VOLUNTEER", unit, "152224", false));
            stations.add(() -> {
                division(village, "永安镇第" + station + "村", "VILLAGE", "152224100", 350);
                String secretaryId = api.create(BASE + "/people", secretary).get("id").asText();
                String team = api.create(BASE + "/teams", obj("name", "永安镇第" + station + "村新时代文明实践志愿者", "kind", "VOLUNTEER_SERVICE_TEAM",
                        "divisionCode", village, "leaderId", secretaryId)).get("id").asText();
                api.create(BASE + "/teams/" + team + "/members", obj("personId", secretaryId, "role", "村党组织书记(劝导站负责人)"));
                List<String> rota = new ArrayList<>(List.of(secretaryId));
                for (Map<String, Object> v : volunteers) {
                    String id = api.create(BASE + "/people", v).get("id").asText();
                    api.create(BASE + "/teams/" + team + "/members", obj("personId", id, "role", "志愿者"));
                    rota.add(id);
                }
                String post = api.create(BASE + "/posts", obj("name", "永安镇" + station + "号文明劝导站", "kind", "PERSUASION_STATION",
                        "divisionCode", village, "location", "第" + station + "村重要路口")).get("id").asText();
                roundTheClock(post, rota, station != 15); // station 15: tonight's shift is not yet filled
                return post;
            });
        }
        api.all(stations);
    }

    /** Today and tomorrow in three 8-hour shifts; without {@code full} tonight's last shift is left open. */
    private void roundTheClock(String post, List<String> rota, boolean full) {
        LocalDate today = LocalDate.now(DemoLoader.ZONE);
        for (int d = 0; d < 2; d++) {
            OffsetDateTime start = today.plusDays(d).atStartOfDay(DemoLoader.ZONE).toOffsetDateTime();
            for (int s = 0; s < 3; s++) {
                if (!full && d == 0 && s == 2) continue;
                api.create(BASE + "/posts/" + post + "/shifts", obj("startsAt", start.plusHours(8L * s), "endsAt", start.plusHours(8L * (s + 1)),
                        "personId", rota.get(s % rota.size())));
            }
        }
    }

    // ------------------------------------------------------------------ helpers (also used for the cross-service part)

    static Map<String, Object> divisionBody(String code, String name, String kind, String parent, Integer households) {
        return obj("code", code, "name", name, "kind", kind, "parentCode", parent, "households", households);
    }

    void division(String code, String name, String kind, String parent, Integer households) {
        api.create(BASE + "/divisions", divisionBody(code, name, kind, parent, households));
    }

    String unit(String name, String kind, String division) {
        return api.create(BASE + "/units", obj("name", name, "kind", kind, "divisionCode", division)).get("id").asText();
    }

    /** POSTs every body to {@code BASE + path} in parallel; the answers in the bodies' order. */
    List<JsonNode> createAll(String path, List<Map<String, Object>> bodies) {
        List<Callable<JsonNode>> tasks = new ArrayList<>();
        for (Map<String, Object> b : bodies) tasks.add(() -> api.create(BASE + path, b));
        return api.all(tasks);
    }

    /** People without deployments, in one bulk import; their ids in order. */
    List<String> importPeople(List<Map<String, Object>> bodies) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> b : bodies) rows.add(obj("person", b));
        return ids(api.importAll(BASE + "/people/imports", rows, IMPORT_CHUNK));
    }

    static List<String> ids(List<JsonNode> created) {
        return created.stream().map(n -> n.get("id").asText()).toList();
    }
}
