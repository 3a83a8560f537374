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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
import cn.gov.epidemic.supplies.DiscrepancyReason;
import cn.gov.epidemic.supplies.ShipmentState;
import cn.gov.epidemic.supplies.api.ShipmentApi.DiscrepancyView;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewOrder;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewShipment;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewTransition;
import cn.gov.epidemic.supplies.api.ShipmentApi.OrderView;
import cn.gov.epidemic.supplies.api.ShipmentApi.PipelineStateView;
import cn.gov.epidemic.supplies.api.ShipmentApi.Receipt;
import cn.gov.epidemic.supplies.api.ShipmentApi.ShipmentView;
import cn.gov.epidemic.supplies.api.ShipmentApi.TransitionView;
import cn.gov.epidemic.supplies.service.ShipmentService;

/** Procurement orders and inbound shipments through the port of entry. */
@Path(ApiDocs.BASE)
@Tag(name = "Procurement and shipments", description = "Orders to suppliers; inbound shipments PLANNED → DISPATCHED → AT_PORT → CUSTOMS_CLEARED (or HELD) → ARRIVED → RECEIVED, every transition recorded; receipt with discrepancies.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    @Inject
    ShipmentService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Path("/orders")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "placeOrder", summary = "Place a procurement order · 下达采购订单", description = "Lines: item, whole units, optional unit price (numeric 16,2).")
    @APIResponse(responseCode = "201", description = "Placed; Location names it.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "409", description = "The reference is taken (order-exists).")
    public Response placeOrder(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                               @NotNull @Valid NewOrder body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST orders", body, () -> {
            OrderView v = service.placeOrder(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/orders/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getOrder", summary = "Read an order · 查询采购订单", description = "A procurement order to a supplier with its lines.")
    @APIResponse(responseCode = "200", description = "The order with its lines and total.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    public Response order(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.ORDER_ID) UUID id) {
        OrderView v = service.order(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/orders")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listOrders", summary = "List orders · 采购订单列表", description = "Filter: supplierId. Sort by orderedOn, reference, createdAt.")
    @Extension(name = "x-sort-fields", value = "orderedOn,reference,createdAt")
    @APIResponse(responseCode = "200", description = "A page of orders.")
    public Page<OrderView> orders(@QueryParam("supplierId") @Parameter(description = "A supplier.", example = Examples.SUPPLIER_ID) UUID supplierId, @Valid @BeanParam PageQuery page) {
        return service.orders(supplierId, page);
    }

    @POST
    @Path("/shipments")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "planShipment", summary = "Plan an inbound shipment · 计划入境货运", description = "Starts PLANNED; its lines count as expected in the stock outlook until received.")
    @APIResponse(responseCode = "201", description = "Planned; Location names it; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "409", description = "The reference is taken (shipment-exists).")
    public Response plan(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                         @NotNull @Valid NewShipment body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST shipments", body, () -> {
            ShipmentView v = service.plan(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/shipments/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getShipment", summary = "Read a shipment · 查询货运", description = "An inbound shipment: origin, port of entry, destination warehouse, carrier, lines with lot and expiry, and every state transition with its time; ETag is its version.")
    @APIResponse(responseCode = "200", description = "The shipment with its lines and next possible states; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    public Response shipment(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.SHIPMENT_ID) UUID id) {
        ShipmentView v = service.get(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/shipments")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listShipments", summary = "List shipments · 货运列表", description = "Filters: state, supplierId, warehouseId, orderId, portOfEntry (contains, ignoring case). Sort by createdAt, plannedArrival, state, reference, stateChangedAt.")
    @Extension(name = "x-sort-fields", value = "createdAt,plannedArrival,state,reference,stateChangedAt")
    @APIResponse(responseCode = "200", description = "A page of shipments.")
    public Page<ShipmentView> shipments(@QueryParam("state") @Parameter(example = "AT_PORT") ShipmentState state, @QueryParam("supplierId") @Parameter(description = "A supplier.", example = Examples.SUPPLIER_ID) UUID supplierId,
                                        @QueryParam("warehouseId") @Parameter(description = "A warehouse.", example = Examples.WAREHOUSE_ID) UUID warehouseId, @QueryParam("orderId") @Parameter(description = "A procurement order.", example = Examples.ORDER_ID) UUID orderId,
                                        @QueryParam("portOfEntry") @Size(max = 100)
                                        @Parameter(description = "Part of the port of entry (contains, ignoring case), e.g. Erenhot or 二连浩特.", example = "甘其毛都") String portOfEntry,
                                        @Valid @BeanParam PageQuery page) {
        return service.list(state, supplierId, warehouseId, orderId, portOfEntry, page);
    }

    @POST
    @Path("/shipments/{id}/transitions")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "transitionShipment", summary = "Move a shipment to its next state · 货运进入下一状态",
            description = "Allowed: PLANNED → DISPATCHED → AT_PORT → CUSTOMS_CLEARED or HELD; HELD → CUSTOMS_CLEARED; CUSTOMS_CLEARED → ARRIVED. Recorded with its time.")
    @APIResponse(responseCode = "200", description = "Moved; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "409", description = "Out of order or repeated (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response transition(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.SHIPMENT_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                               @NotNull @Valid NewTransition body) {
        ShipmentView v = service.transition(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/shipments/{id}/transitions")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listShipmentTransitions", summary = "The recorded state changes of a shipment · 货运状态变更记录", description = "A page of them, in the order they happened (occurredAt, then recordedAt), with who recorded each. Sort by occurredAt, recordedAt.")
    @Extension(name = "x-sort-fields", value = "occurredAt,recordedAt")
    @APIResponse(responseCode = "200", description = "A page of transitions.")
    public Page<TransitionView> transitions(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.SHIPMENT_ID) UUID id, @Valid @BeanParam PageQuery page) {
        return service.transitions(id, page);
    }

    @POST
    @Path("/shipments/{id}/receipt")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "receiveShipment", summary = "Record the receipt of an arrived shipment · 登记到货验收",
            description = "ARRIVED → RECEIVED. Every line: the received quantity; a difference needs a reason (DAMAGED/SHORT fewer, EXCESS more). Each line's units enter the ledger as a QUARANTINED lot: on hand, not available.")
    @APIResponse(responseCode = "200", description = "Received; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "409", description = "Not ARRIVED (invalid-state-transition), a lot expired before the receipt day (expired-on-receipt), or a lot number received before (lot-exists).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response receive(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.SHIPMENT_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                            @NotNull @Valid Receipt body) {
        ShipmentView v = service.receive(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/receipt-discrepancies")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listReceiptDiscrepancies", summary = "The discrepancy report · 到货差异报告", description = "Received lines whose quantity differs from the one shipped. Filters: shipmentId, itemId, reason.")
    @Extension(name = "x-sort-fields", value = "reason,quantity,receivedQuantity")
    @APIResponse(responseCode = "200", description = "A page of discrepancies.")
    public Page<DiscrepancyView> discrepancies(@QueryParam("shipmentId") @Parameter(description = "A shipment.", example = Examples.SHIPMENT_ID) UUID shipmentId, @QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId,
                                               @QueryParam("reason") @Parameter(example = "DAMAGED") DiscrepancyReason reason, @Valid @BeanParam PageQuery page) {
        return service.discrepancies(shipmentId, itemId, reason, page);
    }

    @GET
    @Path("/inbound-pipeline")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getInboundPipeline", summary = "Inbound pipeline by state · 各状态在途货运", description = "Per shipment state: the number of shipments and the quantity of each item on them (received quantity once received). Filter: warehouseId.")
    @APIResponse(responseCode = "200", description = "One entry per state, in life-cycle order.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PipelineStateView.class, maxItems = 7)))
    public List<PipelineStateView> pipeline(@QueryParam("warehouseId") @Parameter(description = "A warehouse.", example = Examples.WAREHOUSE_ID) UUID warehouseId) {
        return service.pipeline(warehouseId);
    }
}
