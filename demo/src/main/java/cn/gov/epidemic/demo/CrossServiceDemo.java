package cn.gov.epidemic.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static cn.gov.epidemic.demo.Api.enc;
import static cn.gov.epidemic.demo.Api.obj;

/** What ties the three services' demo data together: the same checkpoints, vehicles and divisions, so that the three flows run. */
final class CrossServiceDemo {

    /** 平庄镇第1社区 (Yuanbaoshan district, Chifeng), where the 38.1 °C passenger was heading. */
    static final String PINGZHUANG_COMMUNITY_1 = "150403100001";
    static final String BAYANNUR_CHECKPOINT = "BYN-G7-LINHE";
    /** Dispatch 2's vehicle, as supplies-service writes it; checkpoints write plates without the dot. */
    static final String WUYUAN_PLATE = "蒙L·B5678";
    static final String WUYUAN_PLATE_AT_CHECKPOINTS = "蒙LB5678";
    static final Duration PASS_TIMEOUT = Duration.ofSeconds(60);

    private static final String PERSONNEL = PersonnelDemo.BASE;
    private static final List<String> CHECKPOINT_DUTIES = List.of("SCREENING", "REGISTRATION", "SECURITY", "PUBLIC_ORDER");

    private final Api api;
    private final People people;
    private final PersonnelDemo personnel;
    private final Map<String, String> checkpointIds;

    CrossServiceDemo(Api api, People people, PersonnelDemo personnel, Map<String, String> checkpointIds) {
        this.api = api;
        this.people = people;
        this.personnel = personnel;
        this.checkpointIds = checkpointIds;
    }

    /**
     * Chifeng's Pingzhuang town with officers on duty in community 1, and people deployed to three checkpoints by their
     * checkpoint-service ids: Chifeng ring exit 1, Alxa's Bayan Gol sumu and Bayannur's G7 Linhe; the others stay
     * unstaffed. Not in the source, which names nobody at a checkpoint.
     */
    void deployments() {
        personnel.division("150400", "赤峰市", "CITY", null, null);
        personnel.division("150403", "元宝山区", "DISTRICT", "150400", null);
        personnel.division("150403100", "平庄镇", "TOWN", "150403", null);
        List<Map<String, Object>> communities = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            communities.add(PersonnelDemo.divisionBody("150403100" + String.format("%03d", i), "平庄镇第" + i + "社区", "COMMUNITY", "150403100", 1800));
        }
        personnel.createAll("/divisions", communities);
        personnel.division("150800", "巴彦淖尔市", "CITY", null, null);
        personnel.division("150802", "临河区", "DISTRICT", "150800", null);

        String chifengPlc = personnel.unit("赤峰市委政法委", "POLITICAL_LEGAL_COMMITTEE", "150400");
        String chifengTraffic = personnel.unit("赤峰市公安局交通管理支队", "PUBLIC_SECURITY", "150400");
        String bayannurTraffic = personnel.unit("巴彦淖尔市公安局交通管理支队", "PUBLIC_SECURITY", "150800");
        String linheHealth = personnel.unit("临河区卫生健康委员会", "HEALTH_COMMISSION", "150802");

        List<Callable<JsonNode>> tasks = new ArrayList<>();
        LocalDate today = LocalDate.now(DemoLoader.ZONE);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> p = people.person("JUSTICE_OFFICIAL", chifengPlc, "150403", true);
            tasks.add(() -> deploy(p, obj("destinationType", "DIVISION", "divisionCode", PINGZHUANG_COMMUNITY_1, "workGroup", "平庄镇第1社区工作组",
                    "duties", List.of("PUBLICITY", "SCREENING", "REGISTRATION", "OBSERVATION"), "plannedStart", today)));
        }
        for (int i = 0; i < 2; i++) {
            tasks.add(toCheckpoint(people.person("POLICE_OFFICER", chifengTraffic, "150402", i == 0), "CF-RING-01", "赤峰环城出口1号执勤组"));
        }
        for (int i = 0; i < 2; i++) {
            tasks.add(toCheckpoint(people.person("POLICE_OFFICER", bayannurTraffic, "150802", i == 0), BAYANNUR_CHECKPOINT, "临河收费站执勤组"));
        }
        tasks.add(toCheckpoint(people.person("MEDICAL_STAFF", linheHealth, "150802", false), BAYANNUR_CHECKPOINT, "临河收费站执勤组"));
        api.all(tasks);
        // the Bayan Gol sumu vanguard post's volunteers are on duty at the checkpoint the post stands at
        List<Callable<JsonNode>> vanguard = new ArrayList<>();
        for (String personId : personnel.alxaVanguard()) {
            vanguard.add(() -> api.create(PERSONNEL + "/deployments", checkpointDeployment(personId, "ALS-YQ-BYGL", "巴彦高勒苏木党员先锋岗")));
        }
        api.all(vanguard);
    }

    private Callable<JsonNode> toCheckpoint(Map<String, Object> person, String checkpointCode, String workGroup) {
        return () -> {
            String personId = api.create(PERSONNEL + "/people", person).get("id").asText();
            return api.create(PERSONNEL + "/deployments", checkpointDeployment(personId, checkpointCode, workGroup));
        };
    }

    private Map<String, Object> checkpointDeployment(String personId, String checkpointCode, String workGroup) {
        return obj("personId", personId, "destinationType", "CHECKPOINT", "checkpointId", checkpointId(checkpointCode),
                "workGroup", workGroup, "duties", CHECKPOINT_DUTIES, "plannedStart", LocalDate.now(DemoLoader.ZONE), "activateNow", true);
    }

    private JsonNode deploy(Map<String, Object> person, Map<String, Object> destination) {
        String personId = api.create(PERSONNEL + "/people", person).get("id").asText();
        Map<String, Object> body = obj("personId", personId, "activateNow", true);
        body.putAll(destination);
        return api.create(PERSONNEL + "/deployments", body);
    }

    private String checkpointId(String code) {
        String id = checkpointIds.get(code);
        if (id == null) throw new IllegalStateException("checkpoint " + code + " was not registered");
        return id;
    }

    /** Dispatch 2's vehicle inspected at the G7 Linhe toll station, showing the green-lane pass checkpoint-service issued for it. */
    void inspectWuyuanDispatch(String dispatchId) {
        JsonNode dispatch = awaitPass(api, dispatchId, WUYUAN_PLATE);
        String code = api.get(CheckpointDemo.BASE + "/passes/" + dispatch.get("passId").asText()).get("code").asText();
        JsonNode inspection = api.create(CheckpointDemo.BASE + "/inspections", obj("checkpointId", checkpointId(BAYANNUR_CHECKPOINT),
                "plate", WUYUAN_PLATE_AT_CHECKPOINTS, "vehicleKind", "TRUCK", "origin", "临河区", "destination", "五原县", "passCode", code,
                "occupants", List.of(obj("role", "DRIVER", "name", "驾驶员乙", "temperature", new BigDecimal("36.5")))));
        DemoLoader.log("Wuyuan dispatch's vehicle " + WUYUAN_PLATE_AT_CHECKPOINTS + " at " + BAYANNUR_CHECKPOINT + ": pass "
                + inspection.path("passResult").asText() + ", outcome " + inspection.path("outcome").asText());
    }

    /** The latest completed step of the load: when it is there, the whole demo data is. */
    static boolean lastStepDone(Api api) {
        return api.get(CheckpointDemo.BASE + "/inspections?plate=" + enc(WUYUAN_PLATE_AT_CHECKPOINTS) + "&size=1").path("totalItems").asLong() > 0;
    }

    /**
     * Waits for the green-lane pass of a dispatch (flow 1): checkpoint-service issues it from the dispatch.planned
     * event, supplies-service records it on the dispatch from checkpoint-service's pass event. Answers the dispatch.
     */
    static JsonNode awaitPass(Api api, String dispatchId, String plate) {
        long deadline = System.nanoTime() + PASS_TIMEOUT.toNanos();
        while (true) {
            JsonNode d = api.get(SuppliesDemo.BASE + "/dispatches/" + dispatchId);
            if (d.hasNonNull("passId")) return d;
            if (d.hasNonNull("passRefusal")) {
                throw new IllegalStateException("checkpoint-service refused the green-lane pass of dispatch " + dispatchId + " (" + plate + "): "
                        + d.get("passRefusal").asText());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("dispatch " + dispatchId + " (" + plate + ") has no emergency-transport pass "
                        + PASS_TIMEOUT.toSeconds() + " s after it was planned. Flow 1 issues it: checkpoint-service from supplies-service's "
                        + "dispatch.planned event (topic supplies.events, consumer checkpoint-dispatch-passes), then supplies-service "
                        + "records it from checkpoint-service's pass event; see both services' logs (.devstack/logs/)");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
