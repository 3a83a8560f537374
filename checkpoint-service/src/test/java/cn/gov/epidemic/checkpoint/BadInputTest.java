package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Acceptance 5: bad input is a 4xx problem+json and changes nothing. */
@QuarkusTest
class BadInputTest {

    private static final String INSPECTIONS = Api.BASE + "/inspections";

    private static long changes() {
        return Sql.count("select (select count(*) from inspection) + (select count(*) from referral) + (select count(*) from pass)"
                + " + (select count(*) from outbox_event)");
    }

    private static void refused(Map<String, Object> body, String path, int status, String field) {
        long before = changes();
        var r = Api.as(cn.gov.epidemic.kitweb.security.Roles.ADMIN).body(body).post(path).then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) r.body("violations.field", hasItem(field));
        assertEquals(before, changes(), "nothing changed");
    }

    @Test
    void wrongPlateFormat() {
        String cp = Api.checkpoint();
        for (String plate : List.of("ABC123", "蒙d12345", "蒙D1234", "蒙D1234567", "1D12345", "")) {
            refused(Api.inspection(cp, plate, null, List.of(Api.occupant("DRIVER", "36.5"))), INSPECTIONS, 400, "plate");
        }
        refused(Api.emergencyPass("京A-12345"), Api.BASE + "/passes/emergency-transport", 400, "plate");
    }

    @Test
    void temperatureOutOfHumanRange() {
        String cp = Api.checkpoint();
        for (String t : List.of("33.9", "43.1", "-1", "100", "36.55")) {
            refused(Api.inspection(cp, Api.plate(), null, List.of(Api.occupant("DRIVER", t))), INSPECTIONS, 400, "occupants[0].temperature");
        }
        Map<String, Object> m = new HashMap<>(Api.inspection(cp, Api.plate(), null, List.of()));
        refused(m, INSPECTIONS, 400, "occupants");
    }

    @Test
    void unknownCheckpoint() {
        refused(Api.inspection(UUID.randomUUID().toString(), Api.plate(), null, List.of(Api.occupant("DRIVER", "36.5"))), INSPECTIONS, 400, "checkpointId");
        Api.inspector().get(Api.BASE + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        Api.inspector().get(Api.BASE + "/" + UUID.randomUUID() + "/statistics").then().statusCode(404).contentType("application/problem+json");
        Api.inspector().get(Api.BASE + "/not-a-uuid").then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404))).contentType("application/problem+json");
    }

    @Test
    void malformedCode() {
        String cp = Api.checkpoint();
        for (String code : List.of("hello", "CP1.abc", "CP1.!!!!!!!!!!!!!!!!!!!!!!!!.@@@@@@@@@@@@@@@@@@@@@@@@", "CP2.AAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA")) {
            refused(Api.inspection(cp, Api.plate(), code, List.of(Api.occupant("DRIVER", "36.5"))), INSPECTIONS, 400, "passCode");
            refused(Map.of("code", code), Api.BASE + "/passes/verification", 400, "code");
        }
    }

    @Test
    void malformedJsonUnknownEnumAndMissingBody() {
        long before = changes();
        Api.inspector().body("{\"checkpointId\": ").post(INSPECTIONS).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> m = new HashMap<>(Api.inspection(Api.checkpoint(), Api.plate(), null, List.of(Api.occupant("DRIVER", "36.5"))));
        m.put("vehicleKind", "SPACESHIP");
        Api.inspector().body(m).post(INSPECTIONS).then().statusCode(400).contentType("application/problem+json");
        Api.inspector().post(INSPECTIONS).then().statusCode(400).contentType("application/problem+json");
        Api.issuer().body(Map.of("plate", "蒙D12345")).post(Api.BASE + "/passes/private-car").then().statusCode(400)
                .body("type", equalTo("https://epidemic.gov.cn/problems/validation"));
        Api.inspector().get(Api.BASE + "/pass-revocations?since=yesterday").then().statusCode(400).contentType("application/problem+json");
        Api.inspector().get(Api.BASE + "/passes/" + UUID.randomUUID() + "/qr?size=5").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before + 1, changes(), "only the fixture checkpoint's event");
    }
}
