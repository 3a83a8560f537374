package cn.gov.epidemic.checkpoint.rest;

import cn.gov.epidemic.checkpoint.ClosureState;
import cn.gov.epidemic.checkpoint.RoadClass;
import cn.gov.epidemic.checkpoint.api.ClosureApi.ClosureView;
import cn.gov.epidemic.checkpoint.api.ClosureApi.Decision;
import cn.gov.epidemic.checkpoint.api.ClosureApi.Lifting;
import cn.gov.epidemic.checkpoint.api.ClosureApi.NewClosure;
import cn.gov.epidemic.checkpoint.api.ClosureApi.NewDetour;
import cn.gov.epidemic.checkpoint.service.ClosureService;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.rest.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Road closures: request, approval, detour, lifting; and the public feed of closures in effect. */
@Path(ApiDocs.BASE + "/closures")
@Tag(name = "Road closures", description = "Closing or interrupting a road section: request → approval (closure:approve) + detour announced by the traffic police → IN_EFFECT → LIFTED. Expressways and national/provincial trunk roads may not be closed; hard isolation is refused.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosureResource {

    @Inject
    ClosureService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.CHECKPOINT_INSPECT, Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "requestRoadClosure", summary = "Request a road closure · 申请封闭道路", description = "The closure has no effect until it is approved by another client with closure:approve and the traffic police have published a detour.")
    @APIResponse(responseCode = "201", description = "Requested (REQUESTED); Location names it; ETag is its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "409", description = "An expressway or national/provincial trunk road (trunk-road-closure-refused), or hard isolation (hard-isolation-refused).")
    public Response request(@HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = ApiDocs.IDEMPOTENCY_PATTERN)) String idempotencyKey,
                            @NotNull @Valid NewClosure body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST closures", body, () -> {
            ClosureView v = service.request(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "listRoadClosures", summary = "List road closures · 查询道路封闭", description = "Filters: state, roadClass, road (contains). Sort by createdAt, periodStart, road, state.")
    @Extension(name = "x-sort-fields", value = "createdAt,periodStart,road,state")
    @APIResponse(responseCode = "200", description = "A page of closures.")
    public Page<ClosureView> list(@QueryParam("state") @Parameter(example = "IN_EFFECT") ClosureState state,
                                  @QueryParam("roadClass") @Parameter(example = "COUNTY_ROAD") RoadClass roadClass,
                                  @QueryParam("road") @Size(max = 60) @Parameter(description = "Part of the road's name, ignoring case.", example = "X512") String road, @Valid @BeanParam PageQuery page) {
        return service.list(state, roadClass, road, page);
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "listActiveRoadClosures", summary = "Closures and detours in effect (public feed) · 正在实施的道路封闭及绕行线路（公告）", description = "The road sections closed now (approved, detour published, within the period, not lifted) with their detours: what the public and navigation providers are told. Sort by createdAt, periodStart, road, state.")
    @Extension(name = "x-sort-fields", value = "createdAt,periodStart,road,state")
    @APIResponse(responseCode = "200", description = "A page of closures in effect.")
    public Page<ClosureView> active(@Valid @BeanParam PageQuery page) {
        return service.active(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "getRoadClosure", summary = "Read a road closure · 查看道路封闭", description = "With its decision, detour and lifting; ETag is the version (send it in If-Match to approve, publish the detour or lift).")
    @APIResponse(responseCode = "200", description = "The closure; ETag is its version.")
    public RestResponse<ClosureView> get(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id) {
        ClosureView v = service.get(id);
        return Responses.typedOk(v, v.version());
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "approveRoadClosure", summary = "Approve a road closure · 批准道路封闭", description = "REQUESTED → APPROVED, or IN_EFFECT when the detour is already published. The requester cannot approve its own request.")
    @APIResponse(responseCode = "200", description = "Approved; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Not REQUESTED (invalid-state-transition), or approval by the requester (closure-self-approval).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public RestResponse<ClosureView> approve(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
                            @NotNull @Valid Decision body) {
        ClosureView v = service.approve(id, body, ETags.expectedVersion(ifMatch));
        return Responses.typedOk(v, v.version());
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "rejectRoadClosure", summary = "Reject a road closure · 驳回道路封闭申请", description = "REQUESTED → REJECTED.")
    @APIResponse(responseCode = "200", description = "Rejected; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Not REQUESTED (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public RestResponse<ClosureView> reject(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
                           @NotNull @Valid Decision body) {
        ClosureView v = service.reject(id, body, ETags.expectedVersion(ifMatch));
        return Responses.typedOk(v, v.version());
    }

    @POST
    @Path("/{id}/detour")
    @RolesAllowed({Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "publishDetour", summary = "Publish the detour · 发布绕行线路", description = "The detour announced by the traffic police (announcedBy TRAFFIC_POLICE); with an approval the closure takes effect. Once published it cannot be replaced.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Not announced by the traffic police (detour-not-by-traffic-police), already published (detour-already-published), or the closure is rejected or lifted (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public RestResponse<ClosureView> detour(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
                           @NotNull @Valid NewDetour body) {
        ClosureView v = service.publishDetour(id, body, ETags.expectedVersion(ifMatch));
        return Responses.typedOk(v, v.version());
    }

    @POST
    @Path("/{id}/lifting")
    @RolesAllowed({Roles.CLOSURE_APPROVE, Roles.ADMIN})
    @Operation(operationId = "liftRoadClosure", summary = "Lift a road closure · 解除道路封闭", description = "APPROVED or IN_EFFECT → LIFTED; who, when and why are recorded.")
    @APIResponse(responseCode = "200", description = "Lifted; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Not approved or in effect (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public RestResponse<ClosureView> lift(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
                         @NotNull @Valid Lifting body) {
        ClosureView v = service.lift(id, body, ETags.expectedVersion(ifMatch));
        return Responses.typedOk(v, v.version());
    }
}
