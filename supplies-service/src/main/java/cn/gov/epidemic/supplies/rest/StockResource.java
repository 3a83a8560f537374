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
import cn.gov.epidemic.supplies.LotState;
import cn.gov.epidemic.supplies.MovementKind;
import cn.gov.epidemic.supplies.api.StockApi.ConsumptionView;
import cn.gov.epidemic.supplies.api.StockApi.CoverView;
import cn.gov.epidemic.supplies.api.StockApi.ExpiryBucket;
import cn.gov.epidemic.supplies.api.StockApi.ExpirySummaryView;
import cn.gov.epidemic.supplies.api.StockApi.LotHold;
import cn.gov.epidemic.supplies.api.StockApi.LotRelease;
import cn.gov.epidemic.supplies.api.StockApi.LotView;
import cn.gov.epidemic.supplies.api.StockApi.MovementView;
import cn.gov.epidemic.supplies.api.StockApi.NewAdjustment;
import cn.gov.epidemic.supplies.api.StockApi.NewConsumption;
import cn.gov.epidemic.supplies.api.StockApi.NewTransfer;
import cn.gov.epidemic.supplies.api.StockApi.OutlookView;
import cn.gov.epidemic.supplies.api.StockApi.ReconciliationView;
import cn.gov.epidemic.supplies.api.StockApi.StockLineView;
import cn.gov.epidemic.supplies.api.StockApi.TransferView;
import cn.gov.epidemic.supplies.service.StockService;
import jakarta.ws.rs.DefaultValue;

/** Lots, the stock ledger and the stock views. */
@Path(ApiDocs.BASE)
@Tag(name = "Lots and stock", description = "Lots arrive QUARANTINED and are RELEASED after a conformity check (or HELD); the append-only stock ledger; stock per warehouse/item/lot with expiry buckets; outlook with expected shipments; days of cover.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

    @Inject
    StockService service;
    @Inject
    IdempotencyKeys idempotency;

    @GET
    @Path("/lots/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getLot", summary = "Read a lot · 查询批次", description = "A lot: item, lot number, expiry, quarantine/release state and the conformity check.")
    @APIResponse(responseCode = "200", description = "The lot; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LotView.class)))
    public Response lot(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.LOT_ID) UUID id) {
        LotView v = service.lot(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/lots")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listLots", summary = "List lots · 批次列表", description = "Filters: itemId, state, shipmentId, donationId. Sort by expiry, lotNumber, createdAt, state.")
    @Extension(name = "x-sort-fields", value = "expiry,lotNumber,createdAt,state")
    @APIResponse(responseCode = "200", description = "A page of lots.")
    public Page<LotView> lots(@QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId, @QueryParam("state") @Parameter(example = "RELEASED") LotState state, @QueryParam("shipmentId") @Parameter(description = "A shipment.", example = Examples.SHIPMENT_ID) UUID shipmentId,
                              @QueryParam("donationId") @Parameter(description = "A donation (its goods' lots).", example = Examples.DONATION_ID) UUID donationId, @Valid @BeanParam PageQuery page) {
        return service.lots(itemId, state, shipmentId, donationId, page);
    }

    @POST
    @Path("/lots/{id}/release")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "releaseLot", summary = "Release a quarantined lot after its conformity check · 合格检验后放行待检批次",
            description = "QUARANTINED → RELEASED: the standard checked must be the item's, a certificate is named, the lot is not expired. Its stock on hand becomes available (RELEASE ledger rows).")
    @APIResponse(responseCode = "200", description = "Released; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LotView.class)))
    @APIResponse(responseCode = "409", description = "Not QUARANTINED (invalid-state-transition), another standard (standard-mismatch), expired (lot-expired).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response release(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.LOT_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                            @NotNull @Valid LotRelease body) {
        LotView v = service.release(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/lots/{id}/hold")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "holdLot", summary = "Hold a lot · 封存批次", description = "QUARANTINED or RELEASED → HELD: nonconforming or recalled, never allocated (HOLD ledger rows take its available stock).")
    @APIResponse(responseCode = "200", description = "Held; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LotView.class)))
    @APIResponse(responseCode = "409", description = "Already HELD (invalid-state-transition) or partly reserved (lot-reserved).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response hold(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.LOT_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                         @NotNull @Valid LotHold body) {
        LotView v = service.hold(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/stock")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listStock", summary = "Stock by warehouse, item and lot · 按仓库、品目、批次查询库存",
            description = "On hand, reserved, available and unusable (quarantined/held) per lot, with its expiry bucket (EXPIRED, EXPIRES_SOON ≤ 30 days, EXPIRES_WITHIN_MEDIUM ≤ 90 days, LATER, NO_EXPIRY). Filters: warehouseId, itemId, lotId, expiryBucket; includeEmpty shows lots with nothing on hand.")
    @Extension(name = "x-sort-fields", value = "warehouseCode,itemCode,expiry,lotNumber,onHand,available")
    @APIResponse(responseCode = "200", description = "A page of stock lines, by warehouse, item, expiry.")
    public Page<StockLineView> stock(@QueryParam("warehouseId") @Parameter(description = "A warehouse.", example = Examples.WAREHOUSE_ID) UUID warehouseId, @QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId, @QueryParam("lotId") @Parameter(description = "A lot.", example = Examples.LOT_ID) UUID lotId,
                                     @QueryParam("expiryBucket") @Parameter(example = "LATER") ExpiryBucket bucket, @QueryParam("includeEmpty") @DefaultValue("false") @Parameter(description = "true: also lots with nothing on hand.", example = "false") boolean includeEmpty,
                                     @Valid @BeanParam PageQuery page) {
        return service.stock(warehouseId, itemId, lotId, bucket, includeEmpty, page);
    }

    @GET
    @Path("/stock/expiry-summary")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getExpirySummary", summary = "Stock per expiry bucket · 按效期分段的库存", description = "On hand and available per warehouse, item and expiry bucket. Filters: warehouseId, itemId.")
    @APIResponse(responseCode = "200", description = "The buckets.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ExpirySummaryView.class, maxItems = Bounds.MAX_ROWS)))
    public List<ExpirySummaryView> expirySummary(@QueryParam("warehouseId") @Parameter(description = "A warehouse.", example = Examples.WAREHOUSE_ID) UUID warehouseId, @QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId) {
        return service.expirySummary(warehouseId, itemId);
    }

    @GET
    @Path("/stock/outlook")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getStockOutlook", summary = "Stock outlook of an item · 品目库存展望", description = "On hand, available, reserved and unusable now, and expected on shipments not yet received (planned shipments count here, never as on hand). Optional warehouseId.")
    @APIResponse(responseCode = "200", description = "The outlook.")
    public OutlookView outlook(@QueryParam("itemId") @NotNull @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId, @QueryParam("warehouseId") @Parameter(description = "A warehouse.", example = Examples.WAREHOUSE_ID) UUID warehouseId) {
        return service.outlook(itemId, warehouseId);
    }

    @GET
    @Path("/stock/ledger")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listStockMovements", summary = "The stock ledger · 库存台账", description = "Append-only movements, oldest first. Filters: warehouseId, itemId, lotId, kind, referenceId (a shipment, reservation, dispatch, donation, transfer).")
    @Extension(name = "x-sort-fields", value = "occurredAt,kind")
    @APIResponse(responseCode = "200", description = "A page of movements.")
    public Page<MovementView> ledger(@QueryParam("warehouseId") @Parameter(description = "A warehouse.", example = Examples.WAREHOUSE_ID) UUID warehouseId, @QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId, @QueryParam("lotId") @Parameter(description = "A lot.", example = Examples.LOT_ID) UUID lotId,
                                     @QueryParam("kind") @Parameter(example = "RESERVATION") MovementKind kind, @QueryParam("referenceId") @Parameter(description = "The shipment, reservation, dispatch, donation or transfer a movement belongs to.", example = Examples.SHIPMENT_ID) UUID referenceId, @Valid @BeanParam PageQuery page) {
        return service.ledger(warehouseId, itemId, lotId, kind, referenceId, page);
    }

    @GET
    @Path("/stock/reconciliation")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getStockReconciliation", summary = "Balances against the ledger · 库存余额与台账核对", description = "Every balance compared with the sums of its ledger rows; consistent=true when none differs.")
    @APIResponse(responseCode = "200", description = "The reconciliation.")
    public ReconciliationView reconciliation() {
        return service.reconciliation();
    }

    @POST
    @Path("/stock/adjustments")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "adjustStock", summary = "Adjust stock with a reason · 按原因调整库存", description = "Positive adds, negative removes; a released lot's available stock, or a quarantined/held lot's stock on hand. Never below zero.")
    @APIResponse(responseCode = "201", description = "The ledger row written.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "409", description = "Not that much stock (insufficient-stock).")
    public Response adjust(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                           @NotNull @Valid NewAdjustment body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST stock/adjustments", body, () -> {
            MovementView v = service.adjust(body);
            return Response.status(Response.Status.CREATED).entity(v).build();
        });
    }

    @POST
    @Path("/stock/transfers")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "transferStock", summary = "Transfer stock between warehouses · 仓库间调拨库存", description = "Available stock of a released lot; two ledger rows (TRANSFER_OUT, TRANSFER_IN).")
    @APIResponse(responseCode = "201", description = "The transfer and its ledger rows.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "409", description = "Not enough available (insufficient-stock) or the lot is not released (lot-not-released).")
    public Response transfer(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                             @NotNull @Valid NewTransfer body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST stock/transfers", body, () -> {
            TransferView v = service.transfer(body);
            return Response.status(Response.Status.CREATED).entity(v).build();
        });
    }

    @POST
    @Path("/consumption-records")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "recordConsumption", summary = "Record a day's consumption · 登记当日消耗", description = "One record per warehouse, item and day; feeds the days of cover.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsumptionView.class)))
    @APIResponse(responseCode = "409", description = "That day is already recorded (consumption-exists).")
    public Response consumption(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                                @NotNull @Valid NewConsumption body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST consumption-records", body, () -> {
            ConsumptionView v = service.recordConsumption(body);
            return Responses.created(uri, v.id(), v);
        });
    }

    @GET
    @Path("/days-of-cover")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getDaysOfCover", summary = "Days of cover · 可保障天数", description = "Where consumption is recorded: available unexpired stock / average daily consumption over the recorded days of the last 7. Filters: warehouseId, itemId.")
    @APIResponse(responseCode = "200", description = "Per warehouse and item.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CoverView.class, maxItems = Bounds.MAX_ROWS)))
    public List<CoverView> daysOfCover(@QueryParam("warehouseId") @Parameter(description = "A warehouse.", example = Examples.WAREHOUSE_ID) UUID warehouseId, @QueryParam("itemId") @Parameter(description = "An item (e.g. N95).", example = Examples.ITEM_ID) UUID itemId) {
        return service.daysOfCover(warehouseId, itemId);
    }
}
