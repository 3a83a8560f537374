package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.kitweb.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Chifeng's rules for closing roads. */
@QuarkusTest
class ClosureRulesTest {

    private static final String CLOSURES = Api.BASE + "/closures";

    private static Map<String, Object> closure(String roadClass, String method) {
        OffsetDateTime now = OffsetDateTime.now(Api.ZONE);
        return new HashMap<>(Map.of("road", "X512 县道", "roadClass", roadClass, "sectionFrom", "K12+000", "sectionTo", "K18+500",
                "reason", "疫情防控需要", "method", method, "periodStart", Api.iso(now.minusMinutes(5)), "periodEnd", Api.iso(now.plusDays(5)),
                "requestingBody", "松山区人民政府"));
    }

    private static io.restassured.specification.RequestSpecification requester() {
        return Api.asClient("songshan-gov", Roles.CHECKPOINT_INSPECT, Roles.CHECKPOINT_READ);
    }

    private static io.restassured.specification.RequestSpecification approver() {
        return Api.asClient("city-command", Roles.CLOSURE_APPROVE);
    }

    @Test
    void trunkRoadsAndExpresswaysCannotBeClosed() {
        long before = Sql.count("select count(*) from road_closure");
        for (String c : List.of("EXPRESSWAY", "NATIONAL_TRUNK", "PROVINCIAL_TRUNK")) {
            requester().body(closure(c, "BARRIER")).post(CLOSURES).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://epidemic.gov.cn/problems/trunk-road-closure-refused"));
        }
        assertEquals(before, Sql.count("select count(*) from road_closure"), "nothing recorded");
    }

    @Test
    void hardIsolationIsRefused() {
        for (String m : List.of("EARTH_PILING", "ROAD_DIGGING")) {
            requester().body(closure("VILLAGE_ROAD", m)).post(CLOSURES).then().statusCode(409)
                    .body("type", equalTo("https://epidemic.gov.cn/problems/hard-isolation-refused"))
                    .body("detail", org.hamcrest.Matchers.containsString(m));
        }
    }

    @Test
    void noEffectBeforeApprovalAndDetourThenLiftedAndRecorded() {
        String id = requester().body(closure("COUNTY_ROAD", "BARRIER")).post(CLOSURES).then().statusCode(201)
                .body("state", equalTo("REQUESTED")).body("inEffect", equalTo(false)).extract().path("id");
        approver().get(CLOSURES + "/active?size=200").then().statusCode(200).body("items.id", not(hasItem(id)));

        // the requester cannot approve (wrong role), nor can a detour come from anyone but the traffic police
        requester().body(Map.of()).post(CLOSURES + "/" + id + "/approval").then().statusCode(403);
        approver().body(Map.of("route", "经 S206 绕行", "announcedBy", "TRANSPORT", "announcingBody", "交通运输局"))
                .post(CLOSURES + "/" + id + "/detour").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/detour-not-by-traffic-police"));

        // detour first: still not in effect without the approval
        approver().body(Map.of("route", "经 S206 省道绕行至三道沟", "announcedBy", "TRAFFIC_POLICE", "announcingBody", "赤峰市公安局交通管理支队"))
                .post(CLOSURES + "/" + id + "/detour").then().statusCode(200)
                .body("state", equalTo("REQUESTED")).body("inEffect", equalTo(false)).body("detourRoute", equalTo("经 S206 省道绕行至三道沟"));
        approver().get(CLOSURES + "/active?size=200").then().body("items.id", not(hasItem(id)));

        // a stale If-Match is refused
        approver().header("If-Match", "\"0\"").body(Map.of("note", "同意")).post(CLOSURES + "/" + id + "/approval").then().statusCode(412);
        String etag = approver().get(CLOSURES + "/" + id).then().statusCode(200).extract().header("ETag");
        approver().header("If-Match", etag).body(Map.of("note", "同意")).post(CLOSURES + "/" + id + "/approval").then().statusCode(200)
                .body("state", equalTo("IN_EFFECT")).body("inEffect", equalTo(true)).body("decidedBy", equalTo("city-command"));
        approver().get(CLOSURES + "/active?size=200").then().statusCode(200).body("items.id", hasItem(id));
        Api.as(Roles.CHECKPOINT_READ).get(CLOSURES + "/active?size=200").then().statusCode(200).body("items.id", hasItem(id));

        approver().body(Map.of("reason", "疫情缓解，恢复通行")).post(CLOSURES + "/" + id + "/lifting").then().statusCode(200)
                .body("state", equalTo("LIFTED")).body("liftReason", equalTo("疫情缓解，恢复通行")).body("liftedBy", equalTo("city-command"));
        approver().get(CLOSURES + "/active?size=200").then().body("items.id", not(hasItem(id)));
        approver().body(Map.of("reason", "again")).post(CLOSURES + "/" + id + "/lifting").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/invalid-state-transition"));
        assertEquals(1, Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = 'cn.gov.epidemic.checkpoint.closure.in-effect'", id));
        assertEquals(1, Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = 'cn.gov.epidemic.checkpoint.closure.lifted'", id));
    }

    @Test
    void approvalAloneIsNotEnoughAndTheRequesterCannotApprove() {
        String id = Api.asClient("self", Roles.CLOSURE_APPROVE).body(closure("TOWNSHIP_ROAD", "TRAFFIC_CONES")).post(CLOSURES)
                .then().statusCode(201).extract().path("id");
        Api.asClient("self", Roles.CLOSURE_APPROVE).body(Map.of()).post(CLOSURES + "/" + id + "/approval").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/closure-self-approval"));
        approver().body(Map.of()).post(CLOSURES + "/" + id + "/approval").then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("inEffect", equalTo(false));
        approver().get(CLOSURES + "/active?size=200").then().body("items.id", not(hasItem(id)));
    }
}
