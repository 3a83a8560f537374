package cn.gov.epidemic.checkpoint.api;

import cn.gov.epidemic.checkpoint.Agency;
import cn.gov.epidemic.checkpoint.ClosureMethod;
import cn.gov.epidemic.checkpoint.ClosureState;
import cn.gov.epidemic.checkpoint.RoadClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Wire records of road closures and detours. */
public final class ClosureApi {

    private ClosureApi() {
    }

    @Schema(name = "NewRoadClosure", description = "A request to close or interrupt a road section (履行报批程序).", examples = """
            {"road": "X512 县道", "roadClass": "COUNTY_ROAD", "sectionFrom": "K12+000 王家营子", "sectionTo": "K18+500 三道沟",
             "reason": "疫情防控需要，临时中断交通", "method": "BARRIER", "periodStart": "2020-02-05T08:00:00+08:00",
             "periodEnd": "2020-02-15T08:00:00+08:00", "requestingBody": "松山区人民政府"}""")
    public record NewClosure(
            @NotBlank @Size(max = 60) @Schema(examples = "X512 县道") String road,
            @NotNull @Schema(examples = "COUNTY_ROAD", description = "EXPRESSWAY, NATIONAL_TRUNK and PROVINCIAL_TRUNK are refused (409 trunk-road-closure-refused).") RoadClass roadClass,
            @NotBlank @Size(max = 120) @Schema(examples = "K12+000 王家营子") String sectionFrom,
            @NotBlank @Size(max = 120) @Schema(examples = "K18+500 三道沟") String sectionTo,
            @NotBlank @Size(max = 500) @Schema(examples = "疫情防控需要，临时中断交通") String reason,
            @NotNull @Schema(examples = "BARRIER", description = "EARTH_PILING and ROAD_DIGGING (hard isolation) are refused (409 hard-isolation-refused).") ClosureMethod method,
            @NotNull @Schema(examples = "2020-02-05T08:00:00+08:00") OffsetDateTime periodStart,
            @Schema(examples = "2020-02-15T08:00:00+08:00", description = "Open-ended when absent.") OffsetDateTime periodEnd,
            @NotBlank @Size(max = 120) @Schema(examples = "松山区人民政府") String requestingBody) {
    }

    @Schema(name = "ClosureDecision", description = "An approval or rejection, with a note.", examples = """
            {"note": "同意，须由交警部门公告绕行线路"}""")
    public record Decision(@Size(max = 500) @Schema(examples = "同意，须公告绕行线路") String note) {
    }

    @Schema(name = "NewDetour", description = "The detour announced by the traffic police (公安交警部门对外发布绕行线路公告).", examples = """
            {"route": "经 S206 省道绕行至三道沟", "announcedBy": "TRAFFIC_POLICE", "announcingBody": "赤峰市公安局交通管理支队"}""")
    public record NewDetour(
            @NotBlank @Size(max = 1000) @Schema(examples = "经 S206 省道绕行至三道沟") String route,
            @NotNull @Schema(examples = "TRAFFIC_POLICE", description = "Must be TRAFFIC_POLICE (409 detour-not-by-traffic-police).") Agency announcedBy,
            @NotBlank @Size(max = 120) @Schema(examples = "赤峰市公安局交通管理支队") String announcingBody) {
    }

    @Schema(name = "ClosureLifting", description = "Lifting a closure.", examples = """
            {"reason": "疫情缓解，恢复通行"}""")
    public record Lifting(@NotBlank @Size(max = 500) @Schema(examples = "疫情缓解，恢复通行") String reason) {
    }

    @Schema(name = "RoadClosure", description = "A road-closure request and where it stands; closes the road only when IN_EFFECT.", examples = """
            {"id": "a3d3ad70-8304-4849-9c29-751ebc0532c6", "road": "X512 县道", "roadClass": "COUNTY_ROAD",
            "sectionFrom": "K12+000 王家营子", "sectionTo": "K18+500 三道沟", "reason": "疫情防控需要，临时中断交通", "method": "BARRIER",
            "periodStart": "2020-02-05T00:00:00Z", "periodEnd": "2020-02-15T00:00:00Z", "requestingBody": "松山区人民政府",
            "requestedBy": "test-client", "state": "IN_EFFECT", "inEffect": true, "decidedBy": "approving-authority",
            "decidedAt": "2026-12-01T13:22:25.576413Z", "decisionNote": "同意，须由交警部门公告绕行线路", "detourRoute": "经 S206 省道绕行至三道沟",
            "detourAnnouncingBody": "赤峰市公安局交通管理支队", "detourPublishedAt": "2026-12-01T13:22:25.614579214Z",
            "effectiveAt": "2026-12-01T13:22:25.614579214Z", "liftedAt": null, "liftedBy": null, "liftReason": null,
            "createdAt": "2026-12-01T13:22:25.514406Z", "version": 2}""")
    public record ClosureView(UUID id, @Schema(maxLength = 60) String road, RoadClass roadClass, @Schema(maxLength = 120) String sectionFrom,
                              @Schema(maxLength = 120) String sectionTo, @Schema(maxLength = 500) String reason,
                              ClosureMethod method, OffsetDateTime periodStart, OffsetDateTime periodEnd,
                              @Schema(maxLength = 120) String requestingBody, @Schema(description = "The client that requested it.", maxLength = 120) String requestedBy,
                              ClosureState state,
                              @Schema(description = "True when approved and a detour is published, and not lifted.") boolean inEffect,
                              @Schema(maxLength = 120) String decidedBy, OffsetDateTime decidedAt, @Schema(maxLength = 500) String decisionNote,
                              @Schema(maxLength = 1000) String detourRoute, @Schema(maxLength = 120) String detourAnnouncingBody, OffsetDateTime detourPublishedAt,
                              OffsetDateTime effectiveAt, OffsetDateTime liftedAt, @Schema(maxLength = 120) String liftedBy, @Schema(maxLength = 500) String liftReason,
                              OffsetDateTime createdAt,
                              @Schema(description = "Version, also the ETag; send it in If-Match.", minimum = "0", maximum = CheckpointApi.MAX_COUNT) long version) {
    }
}
