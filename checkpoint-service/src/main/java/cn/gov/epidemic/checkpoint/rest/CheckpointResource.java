package cn.gov.epidemic.checkpoint.rest;

import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.checkpoint.CheckpointKind;
import cn.gov.epidemic.checkpoint.CheckpointState;
import cn.gov.epidemic.checkpoint.api.CheckpointApi;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.CheckpointView;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.NewCheckpoint;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.StaffingView;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.StateChange;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.Statistics;
import cn.gov.epidemic.checkpoint.service.CheckpointService;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.rest.Responses;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** Checkpoints, their state, daily statistics and staffing. */
@Path(ApiDocs.BASE)
@Tag(name = "Checkpoints", description = "Road checkpoints (expressway exits, trunk roads, county entrances, toll stations, airports, stations): location, agencies on duty, state, green lane; daily statistics; who is on duty.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckpointResource {

    @Inject
    CheckpointService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "registerCheckpoint", summary = "Register a checkpoint · 登记检测站", description = "The traffic-control authority registers checkpoints. The code is unique.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it; ETag is its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckpointView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (checkpoint-code-taken).")
    public Response register(@HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = ApiDocs.IDEMPOTENCY_PATTERN)) String idempotencyKey,
                             @NotNull @Valid NewCheckpoint body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST checkpoints", body, () -> {
            CheckpointView v = service.register(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "listCheckpoints", summary = "List checkpoints · 查询检测站", description = "Filters: kind, state, divisionCode, greenLane, name (contains). Sort by code, name, kind, divisionCode, createdAt.")
    @Extension(name = "x-sort-fields", value = "code,name,kind,divisionCode,createdAt")
    @APIResponse(responseCode = "200", description = "A page of checkpoints.")
    public Page<CheckpointView> list(@QueryParam("code") @Size(max = 40) @Pattern(regexp = CheckpointApi.CODE, message = "{epidemic.checkpoint-code}")
                                     @Parameter(description = "Exact code, e.g. TL-EXIT-01.", example = "TL-EXIT-01") String code,
                                     @QueryParam("kind") @Parameter(example = "TOLL_STATION") CheckpointKind kind,
                                     @QueryParam("state") @Parameter(example = "OPEN") CheckpointState state,
                                     @QueryParam("divisionCode") @Size(max = 12) @Pattern(regexp = CheckpointApi.DIVISION_CODE, message = CheckpointApi.DIVISION_CODE_MESSAGE)
                                     @Parameter(description = Filter.WITHIN_DIVISION, example = "150500") String divisionCode,
                                     @QueryParam("greenLane") @Parameter(description = "true: only green lanes for emergency supplies; false: only the others.", example = "true") Boolean greenLane,
                                     @QueryParam("name") @Size(max = 120) @Parameter(description = "Part of the name, ignoring case.", example = "收费站") String name,
                                     @Valid @BeanParam PageQuery page) {
        return service.list(code, kind, state, divisionCode, greenLane, name, page);
    }

    @GET
    @Path("/staffing")
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "listCheckpointStaffing", summary = "On-duty counts of all checkpoints · 各检测站在岗人数", description = "Every checkpoint with the number of people on duty (from personnel-service's deployments). unstaffed=true lists only those with nobody on duty. Sort by code, name, kind, divisionCode, createdAt.")
    @Extension(name = "x-sort-fields", value = "code,name,kind,divisionCode,createdAt")
    @APIResponse(responseCode = "200", description = "A page of checkpoints with their on-duty counts (the people themselves: GET /{id}/staffing).")
    public Page<StaffingView> staffingOverview(@QueryParam("unstaffed") @Parameter(description = "true: only checkpoints with nobody on duty; false: only staffed ones.", example = "true") Boolean unstaffed,
                                               @Valid @BeanParam PageQuery page) {
        return service.staffingOverview(unstaffed, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "getCheckpoint", summary = "Read a checkpoint · 查看检测站", description = "Location, agencies on duty, state, green lane, designated hospital; ETag is the version.")
    @APIResponse(responseCode = "200", description = "The checkpoint; ETag is its version.")
    public RestResponse<CheckpointView> get(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id) {
        CheckpointView v = service.get(id);
        return Responses.typedOk(v, v.version());
    }

    @POST
    @Path("/{id}/state")
    @RolesAllowed({Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "changeCheckpointState", summary = "Open, suspend or close a checkpoint · 开放、暂停或关闭检测站", description = "Inspections are recorded only at an OPEN checkpoint.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Already in that state (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public RestResponse<CheckpointView> changeState(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id,
                                                    @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
                                                    @NotNull @Valid StateChange body) {
        CheckpointView v = service.changeState(id, body, ETags.expectedVersion(ifMatch));
        return Responses.typedOk(v, v.version());
    }

    @GET
    @Path("/{id}/statistics")
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "getCheckpointStatistics", summary = "Daily statistics of a checkpoint · 检测站每日统计", description = "Per calendar day (Asia/Shanghai) from..to inclusive (default today; at most 366 days): vehicles and people checked, fevers, referrals, turned back, passes verified and refused; with totals.")
    @APIResponse(responseCode = "200", description = "The days with any inspection, and the totals.")
    public Statistics statistics(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id,
                                 @QueryParam("from") @Parameter(description = "First day, e.g. 2020-02-01.", example = "2020-02-01") LocalDate from,
                                 @QueryParam("to") @Parameter(description = "Last day, inclusive.", example = "2020-02-03") LocalDate to) {
        return service.statistics(id, from, to);
    }

    @GET
    @Path("/{id}/staffing")
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "getCheckpointStaffing", summary = "Who is on duty at a checkpoint · 检测站在岗人员", description = "From personnel-service's deployments to this checkpoint that are ACTIVE; unstaffed=true when nobody is.")
    @APIResponse(responseCode = "200", description = "The people on duty.")
    public StaffingView staffing(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id) {
        return service.staffing(id);
    }
}
