package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.kitweb.validation.CurrencyCode;

import cn.gov.epidemic.supplies.DiscrepancyReason;
import cn.gov.epidemic.supplies.ShipmentState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of procurement orders and inbound shipments. */
public final class ShipmentApi {

    private ShipmentApi() {
    }

    @Schema(name = "NewOrder", description = "An order to a supplier.", examples = Examples.NEW_ORDER)
    public record NewOrder(
            @NotNull UUID supplierId,
            @NotBlank @Size(max = 60) @Schema(examples = "BYN-2020-PO-001") String reference,
            @NotNull @Schema(examples = "2020-01-28") LocalDate orderedOn,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{epidemic.currency}") @CurrencyCode @Schema(examples = "CNY") @Size(max = 3) String currency,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid NewOrderLine> lines) {
    }

    @Schema(name = "NewOrderLine", description = "An item and quantity ordered.")
    public record NewOrderLine(
            @NotNull UUID itemId,
            @NotNull @Positive @Schema(examples = "10000", description = "Whole units of the item's unit of measure.") @Max(100_000_000) Integer quantity,
            @PositiveOrZero @Digits(integer = 14, fraction = 2) @Schema(examples = "12.50") BigDecimal unitPrice) {
    }

    @Schema(name = "Order", description = "A procurement order.", examples = Examples.ORDER)
    public record OrderView(UUID id, UUID supplierId, @Schema(maxLength = 60, examples = "BYN-2020-PO-001") String reference, LocalDate orderedOn,
                            @Schema(maxLength = 3, examples = "CNY") String currency, @Schema(maxItems = 100) List<OrderLineView> lines,
                            @Schema(examples = "125000.00") BigDecimal total, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "OrderLine", description = "A line of an order.")
    public record OrderLineView(@Schema(minimum = "1", maximum = Bounds.INT_MAX) int lineNo, UUID itemId, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "10000") int quantity, @Schema(nullable = true, examples = "12.50") BigDecimal unitPrice) {
    }

    @Schema(name = "NewShipment", description = "An inbound shipment, state PLANNED: from the origin through the port of entry to a warehouse.", examples = Examples.NEW_SHIPMENT)
    public record NewShipment(
            @Schema(description = "The order it delivers, if any; its items must be on the order.") UUID orderId,
            @NotNull UUID supplierId,
            @NotBlank @Size(max = 60) @Schema(examples = "BYN-2020-SH-001") String reference,
            @NotBlank @Size(max = 100) @Schema(examples = "Ulaanbaatar, MN") String origin,
            @NotBlank @Size(max = 100) @Schema(examples = "甘其毛都口岸 (Ganqimaodu)") String portOfEntry,
            @NotNull UUID warehouseId,
            @Size(max = 120) @Schema(examples = "乌拉特中旗国际物流") String carrier,
            @Schema(examples = "2020-02-01") LocalDate plannedArrival,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid NewShipmentLine> lines) {
    }

    @Schema(name = "NewShipmentLine", description = "An item, quantity, lot number and expiry shipped (lot and expiry may follow at receipt).")
    public record NewShipmentLine(
            @NotNull UUID itemId,
            @NotNull @Positive @Schema(examples = "10000") @Max(100_000_000) Integer quantity,
            @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._/-]{1,60}", message = "{epidemic.lot-number}") @Schema(examples = "KR-N95-200115") String lotNumber,
            @Schema(examples = "2030-01-14") LocalDate expiry) {
    }

    @Schema(name = "Shipment", description = "An inbound shipment with its lines and state.", examples = Examples.SHIPMENT)
    public record ShipmentView(UUID id, @Schema(nullable = true) UUID orderId, UUID supplierId, @Schema(maxLength = 60, examples = "BYN-2020-SH-001") String reference,
                               @Schema(maxLength = 100, examples = "Ulaanbaatar, MN") String origin, @Schema(maxLength = 100, examples = "甘其毛都口岸 (Ganqimaodu)") String portOfEntry,
                               UUID warehouseId, @Schema(nullable = true, maxLength = 120) String carrier, @Schema(nullable = true) LocalDate plannedArrival, @Schema(examples = "AT_PORT") ShipmentState state,
                               OffsetDateTime stateChangedAt, @Schema(maxItems = 2, description = "States it may go to next.") List<ShipmentState> nextStates,
                               @Schema(maxItems = 100) List<ShipmentLineView> lines, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "ShipmentLine", description = "A line of a shipment; after receipt, what was received and why it differs.")
    public record ShipmentLineView(UUID id, @Schema(minimum = "1", maximum = Bounds.INT_MAX) int lineNo, UUID itemId, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "10000") int quantity, @Schema(nullable = true, maxLength = 60) String lotNumber, @Schema(nullable = true) LocalDate expiry,
                                   @Schema(nullable = true, minimum = "0", maximum = Bounds.INT_MAX, examples = "9980") Integer receivedQuantity, @Schema(nullable = true, examples = "DAMAGED") DiscrepancyReason discrepancyReason,
                                   @Schema(nullable = true, maxLength = 500) String discrepancyNote, @Schema(nullable = true, description = "The lot the received units went into.") UUID lotId) {
    }

    @Schema(name = "NewTransition", description = "Move a shipment to its next state (receipt has its own operation).", examples = Examples.NEW_TRANSITION)
    public record NewTransition(
            @NotNull @Schema(examples = "AT_PORT", description = "DISPATCHED, AT_PORT, CUSTOMS_CLEARED, HELD or ARRIVED; RECEIVED only through POST .../receipt.") ShipmentState to,
            @Schema(examples = "2020-01-31T16:00:00+08:00", description = "When it happened; default now; not in the future, not before the previous transition.") OffsetDateTime at,
            @Size(max = 500) @Schema(examples = "报关单 0123456789") String note) {
    }

    @Schema(name = "Transition", description = "A recorded state change of a shipment.", examples = Examples.TRANSITION)
    public record TransitionView(UUID id, UUID shipmentId, @Schema(nullable = true) ShipmentState fromState, @Schema(examples = "AT_PORT") ShipmentState toState,
                                 OffsetDateTime occurredAt, OffsetDateTime recordedAt, @Schema(maxLength = 200) String actor, @Schema(nullable = true, maxLength = 500) String note) {
    }

    @Schema(name = "Receipt", description = "What arrived at the warehouse, for every line of the shipment. A quantity that differs from the one shipped needs a reason.", examples = Examples.RECEIPT)
    public record Receipt(
            @Schema(examples = "2020-02-01T18:00:00+08:00", description = "Default now; not in the future.") OffsetDateTime at,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid ReceiptLine> lines) {
    }

    @Schema(name = "ReceiptLine", description = "Received quantity of one shipment line.")
    public record ReceiptLine(
            @NotNull @Positive @Schema(examples = "1") @Max(100) Integer lineNo,
            @NotNull @PositiveOrZero @Schema(examples = "9980") @Max(100_000_000) Integer receivedQuantity,
            @Schema(examples = "DAMAGED", description = "Required when the received quantity differs: DAMAGED or SHORT when fewer, EXCESS when more.") DiscrepancyReason reason,
            @Size(max = 500) @Schema(examples = "20 respirators with torn packaging") String note,
            @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._/-]{1,60}", message = "{epidemic.lot-number}") @Schema(examples = "KR-N95-200115", description = "When the shipment line had none.") String lotNumber,
            @Schema(examples = "2030-01-14", description = "When the shipment line had none; must not be before the receipt day.") LocalDate expiry) {
    }

    @Schema(name = "Discrepancy", description = "A received line whose quantity differs from the one shipped.", examples = Examples.DISCREPANCY)
    public record DiscrepancyView(UUID shipmentId, @Schema(maxLength = 60, examples = "BYN-2020-SH-001") String shipmentReference, @Schema(minimum = "1", maximum = Bounds.INT_MAX) int lineNo, UUID itemId,
                                  @Schema(maxLength = 40, examples = "N95") String itemCode, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "10000") int shipped,
                                  @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "9980") int received, @Schema(minimum = Bounds.INT_MIN, maximum = Bounds.INT_MAX, examples = "-20") int difference,
                                  @Schema(nullable = true, examples = "DAMAGED") DiscrepancyReason reason, @Schema(nullable = true, maxLength = 500) String note, OffsetDateTime receivedAt) {
    }

    @Schema(name = "PipelineState", description = "Shipments in one state and the quantities on them, per item.", examples = Examples.PIPELINE_STATE)
    public record PipelineStateView(@Schema(examples = "AT_PORT") ShipmentState state, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "2") long shipments,
                                    @Schema(maxItems = Bounds.MAX_ROWS) List<PipelineItem> items) {
    }

    @Schema(name = "PipelineItem", description = "Quantity of an item on shipments in a state.")
    public record PipelineItem(UUID itemId, @Schema(maxLength = 40, examples = "N95") String itemCode, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "10000") long quantity) {
    }
}
