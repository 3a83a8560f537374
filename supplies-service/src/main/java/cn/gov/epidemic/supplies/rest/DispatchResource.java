package cn.gov.epidemic.supplies.rest;

import cn.gov.epidemic.kitweb.security.Roles;
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
import cn.gov.epidemic.supplies.DispatchState;
import cn.gov.epidemic.supplies.api.DispatchApi.Cancellation;
import cn.gov.epidemic.supplies.api.DispatchApi.Delivery;
import cn.gov.epidemic.supplies.api.DispatchApi.DispatchView;
import cn.gov.epidemic.supplies.api.DispatchApi.NewDispatch;
import cn.gov.epidemic.supplies.api.DispatchApi.PassReference;
import cn.gov.epidemic.supplies.service.DispatchService;

/** Dispatches of reserved stock to recipients. */
@Path(ApiDocs.BASE + "/dispatches")
@Tag(name = "Dispatches", description = "Reserved stock sent by road: PLANNED → DEPARTED (needs the emergency-transport pass) → DELIVERED, or CANCELLED before departure.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispatchResource {

    @Inject
    DispatchService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "planDispatch", summary = "Plan a dispatch · 计划调运", description = "Active reservations of one recipient and warehouse, vehicle plate, driver, route, expected arrival. Event dispatch.planned lets checkpoint-service issue the emergency-transport pass.")
    @APIResponse(responseCode = "201", description = "Planned; Location names it; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchView.class)))
    @APIResponse(responseCode = "409", description = "A reservation is not active (reservation-not-active) or already on a planned dispatch (reservation-on-dispatch).")
    public Response plan(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                         @NotNull @Valid NewDispatch body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST dispatches", body, () -> {
            DispatchView v = service.plan(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getDispatch", summary = "Read a dispatch · 查询调运", description = "A dispatch with vehicle, driver, route, expected arrival, its emergency-transport pass reference and state; ETag is its version.")
    @APIResponse(responseCode = "200", description = "The dispatch; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.DISPATCH_ID) UUID id) {
        DispatchView v = service.get(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listDispatches", summary = "List dispatches · 调运列表", description = "Filters: recipientId, state, warehouseId. Sort by createdAt, expectedArrival, state.")
    @Extension(name = "x-sort-fields", value = "createdAt,expectedArrival,state")
    @APIResponse(responseCode = "200", description = "A page of dispatches.")
    public Page<DispatchView> list(@QueryParam("recipientId") @Parameter(description = "A recipient.", example = Examples.RECIPIENT_ID) UUID recipientId, @QueryParam("state") @Parameter(example = "PLANNED") DispatchState state,
                                   @QueryParam("warehouseId") @Parameter(description = "A warehouse.", example = Examples.WAREHOUSE_ID) UUID warehouseId, @Valid @BeanParam PageQuery page) {
        return service.list(recipientId, state, warehouseId, page);
    }

    @POST
    @Path("/{id}/pass")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "recordDispatchPass", summary = "Record the emergency-transport pass · 登记应急运输通行证", description = "Accepted while PLANNED or DEPARTED; the same pass again changes nothing.")
    @APIResponse(responseCode = "200", description = "Recorded; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchView.class)))
    @APIResponse(responseCode = "409", description = "Another pass is recorded (pass-already-recorded), or the dispatch is closed (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response pass(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.DISPATCH_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                         @NotNull @Valid PassReference body) {
        DispatchView v = service.recordPass(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/{id}/departure")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "departDispatch", summary = "The vehicle leaves · 车辆出发", description = "PLANNED → DEPARTED; needs the pass. The reserved units leave the stock (DISPATCH ledger rows).")
    @APIResponse(responseCode = "200", description = "Departed; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchView.class)))
    @APIResponse(responseCode = "409", description = "Not PLANNED (invalid-state-transition) or no pass yet (pass-required).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response depart(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.DISPATCH_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch) {
        DispatchView v = service.depart(id, ETags.expectedVersion(ifMatch));
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "cancelDispatch", summary = "Cancel a dispatch before departure · 发车前取消调运", description = "PLANNED → CANCELLED; the reservations stay with the recipient for another dispatch.")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchView.class)))
    @APIResponse(responseCode = "409", description = "Already departed, delivered or cancelled (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response cancel(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.DISPATCH_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                           @NotNull @Valid Cancellation body) {
        DispatchView v = service.cancel(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/{id}/delivery")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "confirmDelivery", summary = "Confirm delivery · 确认送达", description = "DEPARTED → DELIVERED: the dispatch is closed.")
    @APIResponse(responseCode = "200", description = "Delivered; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchView.class)))
    @APIResponse(responseCode = "409", description = "Not DEPARTED (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response deliver(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.DISPATCH_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                            @NotNull @Valid Delivery body) {
        DispatchView v = service.deliver(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }
}
