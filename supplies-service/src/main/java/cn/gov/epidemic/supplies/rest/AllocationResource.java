package cn.gov.epidemic.supplies.rest;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.supplies.api.Bounds;
import cn.gov.epidemic.supplies.api.Examples;
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
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import cn.gov.epidemic.supplies.PlanState;
import cn.gov.epidemic.supplies.Priority;
import cn.gov.epidemic.supplies.RequestState;
import cn.gov.epidemic.supplies.ReservationState;
import cn.gov.epidemic.supplies.api.AllocationApi.FulfilmentView;
import cn.gov.epidemic.supplies.api.AllocationApi.NewAllocationPlan;
import cn.gov.epidemic.supplies.api.AllocationApi.NewRequest;
import cn.gov.epidemic.supplies.api.AllocationApi.NewReservation;
import cn.gov.epidemic.supplies.api.AllocationApi.PlanRejection;
import cn.gov.epidemic.supplies.api.AllocationApi.PlanView;
import cn.gov.epidemic.supplies.api.AllocationApi.RequestView;
import cn.gov.epidemic.supplies.api.AllocationApi.ReservationView;
import cn.gov.epidemic.supplies.service.AllocationService;

/** Requests, allocation plans and reservations. */
@Path(ApiDocs.BASE)
@Tag(name = "Requests and allocation", description = "Requests with a priority tier; allocation plans for scarce stock by a documented rule, approved by supplies:allocate and turned into reservations (first expiry first out); fulfilment per recipient.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    AllocationService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Path("/requests")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "submitRequest", summary = "Submit a request · 提交物资需求", description = "A recipient asks for whole units of an item with a priority tier (DESIGNATED_FEVER_HOSPITAL > FRONTLINE_CLINIC > OTHER).")
    @APIResponse(responseCode = "201", description = "Submitted, OPEN; Location names it.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    public Response submit(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                           @NotNull @Valid NewRequest body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST requests", body, () -> {
            RequestView v = service.submit(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/requests/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getRequest", summary = "Read a request · 查询物资需求", description = "A request from a banner/county/district or hospital: item, quantity, priority tier, and how much has been allocated.")
    @APIResponse(responseCode = "200", description = "The request; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    public Response request(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.REQUEST_ID) UUID id) {
        RequestView v = service.request(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/requests")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listRequests", summary = "List requests · 物资需求列表", description = "Filters: recipientId, itemId, state, priority. Sort by createdAt, priority, state, neededBy.")
    @Extension(name = "x-sort-fields", value = "createdAt,priority,state,neededBy")
    @APIResponse(responseCode = "200", description = "A page of requests.")
    public Page<RequestView> requests(@QueryParam("recipientId") @Parameter(description = "A recipient.", example = Examples.RECIPIENT_ID) UUID recipientId, @QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId,
                                      @QueryParam("state") @Parameter(example = "OPEN") RequestState state, @QueryParam("priority") @Parameter(example = "DESIGNATED_FEVER_HOSPITAL") Priority priority,
                                      @Valid @BeanParam PageQuery page) {
        return service.requests(recipientId, itemId, state, priority, page);
    }

    @POST
    @Path("/requests/{id}/cancellation")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "cancelRequest", summary = "Cancel a request · 撤销物资需求", description = "OPEN or PARTIALLY_ALLOCATED → CANCELLED; reservations already made stay.")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Already ALLOCATED or CANCELLED (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response cancelRequest(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.REQUEST_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch) {
        RequestView v = service.cancelRequest(id, ETags.expectedVersion(ifMatch));
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/allocation-plans")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.SUPPLIES_ALLOCATE, Roles.ADMIN})
    @Operation(operationId = "proposeAllocationPlan", summary = "Compute an allocation plan for scarce stock · 生成紧缺物资分配方案",
            description = "Rule: priority tiers first; within a tier every outstanding need in full if the stock allows, otherwise in proportion to need, rounded down to whole units, leftover units to the largest remainders (older request first on ties); nobody above its request. Every line carries its reason. Nothing is reserved until approval.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names it; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "More units than available (insufficient-stock) or no open request (no-open-requests).")
    public Response propose(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                            @NotNull @Valid NewAllocationPlan body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST allocation-plans", body, () -> {
            PlanView v = service.propose(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/allocation-plans/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getAllocationPlan", summary = "Read an allocation plan · 查询分配方案", description = "An allocation plan with every line and the reason for it (priority tier, share of need, whole units, capped at the request); ETag is its version.")
    @APIResponse(responseCode = "200", description = "The plan with a reason per line; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response plan(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.PLAN_ID) UUID id) {
        PlanView v = service.plan(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/allocation-plans")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listAllocationPlans", summary = "List allocation plans · 分配方案列表", description = "Filters: itemId, state. Sort by createdAt, state.")
    @Extension(name = "x-sort-fields", value = "createdAt,state")
    @APIResponse(responseCode = "200", description = "A page of plans.")
    public Page<PlanView> plans(@QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId, @QueryParam("state") @Parameter(example = "PROPOSED") PlanState state, @Valid @BeanParam PageQuery page) {
        return service.plans(itemId, state, page);
    }

    @POST
    @Path("/allocation-plans/{id}/approval")
    @RolesAllowed({Roles.SUPPLIES_ALLOCATE, Roles.ADMIN})
    @Operation(operationId = "approveAllocationPlan", summary = "Approve an allocation plan · 批准分配方案", description = "PROPOSED → APPROVED: every line becomes a reservation (first expiry first out over released, unexpired lots), all or nothing.")
    @APIResponse(responseCode = "200", description = "Approved; lines name their reservations; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "Not PROPOSED (invalid-state-transition), stock or requests changed meanwhile (insufficient-stock, allocation-plan-stale).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response approve(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.PLAN_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch) {
        PlanView v = service.approve(id, ETags.expectedVersion(ifMatch));
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/allocation-plans/{id}/rejection")
    @RolesAllowed({Roles.SUPPLIES_ALLOCATE, Roles.ADMIN})
    @Operation(operationId = "rejectAllocationPlan", summary = "Reject an allocation plan · 驳回分配方案", description = "PROPOSED → REJECTED.")
    @APIResponse(responseCode = "200", description = "Rejected; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "Not PROPOSED (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response reject(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.PLAN_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                           @NotNull @Valid PlanRejection body) {
        PlanView v = service.reject(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/reservations")
    @RolesAllowed({Roles.SUPPLIES_ALLOCATE, Roles.ADMIN})
    @Operation(operationId = "createReservation", summary = "Reserve stock for a recipient · 为受领单位预留库存",
            description = "First expiry first out over released, unexpired lots (or one named lot). Available stock never goes negative: when it does not cover the quantity, the answer is 409 insufficient-stock and nothing is reserved.")
    @APIResponse(responseCode = "201", description = "Reserved; Location names it.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "409", description = "Not enough available (insufficient-stock); the named lot is quarantined (lot-quarantined), held (lot-held), expired (lot-expired) or directed to another recipient (lot-directed-elsewhere); more than the request's outstanding quantity (request-exceeded).")
    public Response reserve(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                            @NotNull @Valid NewReservation body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST reservations", body, () -> {
            ReservationView v = service.reserve(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/reservations/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getReservation", summary = "Read a reservation · 查询库存预留", description = "A reservation of stock from a lot for an approved allocation line.")
    @APIResponse(responseCode = "200", description = "The reservation with its lots; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationView.class)))
    public Response reservation(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.RESERVATION_ID) UUID id) {
        ReservationView v = service.reservation(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/reservations")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listReservations", summary = "List reservations · 库存预留列表", description = "Filters: recipientId, itemId, state, planId. Sort by createdAt, state.")
    @Extension(name = "x-sort-fields", value = "createdAt,state")
    @APIResponse(responseCode = "200", description = "A page of reservations.")
    public Page<ReservationView> reservations(@QueryParam("recipientId") @Parameter(description = "A recipient.", example = Examples.RECIPIENT_ID) UUID recipientId, @QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId,
                                              @QueryParam("state") @Parameter(example = "ACTIVE") ReservationState state, @QueryParam("planId") @Parameter(description = "An allocation plan.", example = Examples.PLAN_ID) UUID planId,
                                              @Valid @BeanParam PageQuery page) {
        return service.reservations(recipientId, itemId, state, planId, page);
    }

    @POST
    @Path("/reservations/{id}/cancellation")
    @RolesAllowed({Roles.SUPPLIES_ALLOCATE, Roles.ADMIN})
    @Operation(operationId = "cancelReservation", summary = "Cancel a reservation · 取消库存预留", description = "ACTIVE → CANCELLED: the units are available again.")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE (invalid-state-transition) or on a planned dispatch (reservation-on-dispatch).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response cancelReservation(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.RESERVATION_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch) {
        ReservationView v = service.cancelReservation(id, ETags.expectedVersion(ifMatch));
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/allocation-fulfilment")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getAllocationFulfilment", summary = "Allocation fulfilment per recipient · 各受领单位分配落实情况", description = "Requested, allocated, dispatched and delivered per recipient and item. Filters: itemId, recipientId.")
    @APIResponse(responseCode = "200", description = "One line per recipient and item.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FulfilmentView.class, maxItems = Bounds.MAX_ROWS)))
    public List<FulfilmentView> fulfilment(@QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId, @QueryParam("recipientId") @Parameter(description = "A recipient.", example = Examples.RECIPIENT_ID) UUID recipientId) {
        return service.fulfilment(itemId, recipientId);
    }
}
