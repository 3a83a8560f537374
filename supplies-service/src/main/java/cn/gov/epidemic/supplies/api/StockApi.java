package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.kitweb.i18n.Labelled;
import cn.gov.epidemic.supplies.AdjustmentReason;
import cn.gov.epidemic.supplies.LotState;
import cn.gov.epidemic.supplies.MovementKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of lots, the stock ledger and the stock views. */
public final class StockApi {

    private StockApi() {
    }

    /** Expiry buckets of the stock view, relative to today (Asia/Shanghai). */
    public enum ExpiryBucket implements Labelled {
        EXPIRED("已过期"), EXPIRES_SOON("近效期"), EXPIRES_WITHIN_MEDIUM("中期内到期"), LATER("远效期"), NO_EXPIRY("无有效期");

        private final String zh;

        ExpiryBucket(String zh) {
            this.zh = zh;
        }

        @Override
        public String zh() {
            return zh;
        }
    }

    @Schema(name = "Lot", description = "A lot of an item: QUARANTINED on arrival, RELEASED after the conformity check, or HELD.", examples = Examples.LOT)
    public record LotView(UUID id, UUID itemId, @Schema(maxLength = 60, examples = "KR-N95-200115") String lotNumber, @Schema(nullable = true, examples = "2030-01-14") LocalDate expiry,
                          @Schema(examples = "RELEASED") LotState state, @Schema(nullable = true) UUID shipmentId, @Schema(nullable = true) UUID donationId,
                          @Schema(nullable = true, description = "Goods of a directed donation: reserved only for this recipient.") UUID directedRecipientId,
                          @Schema(nullable = true, maxLength = 120, examples = "GB 2626-2006 KN95 / NIOSH N95") String checkedStandard,
                          @Schema(nullable = true, maxLength = 120, examples = "KTL-2020-0113-N95") String certificateReference, @Schema(nullable = true, maxLength = 500) String stateReason,
                          @Schema(nullable = true) OffsetDateTime releasedAt, @Schema(nullable = true, maxLength = 200) String releasedBy, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "LotRelease", description = "The conformity check that releases a quarantined lot: the standard checked must be the item's, and a certificate is named.", examples = Examples.LOT_RELEASE)
    public record LotRelease(
            @NotBlank @Size(max = 120) @Schema(examples = "GB 2626-2006 KN95 / NIOSH N95") String standard,
            @NotBlank @Size(max = 120) @Schema(examples = "KTL-2020-0113-N95") String certificateReference) {
    }

    @Schema(name = "LotHold", description = "Hold a lot (nonconforming, recalled): its stock is never allocated.", examples = Examples.LOT_HOLD)
    public record LotHold(@NotBlank @Size(max = 500) @Schema(examples = "Certificate does not match the lot number") String reason) {
    }

    @Schema(name = "StockLine", description = "Stock of one lot in one warehouse: on hand, reserved, available, and quarantined or held.", examples = Examples.STOCK_LINE)
    public record StockLineView(UUID warehouseId, @Schema(maxLength = 40, examples = "BYN-LINHE") String warehouseCode, UUID itemId,
                                @Schema(maxLength = 40, examples = "N95") String itemCode, UUID lotId, @Schema(maxLength = 60, examples = "KR-N95-200115") String lotNumber,
                                @Schema(nullable = true) LocalDate expiry, @Schema(examples = "LATER") ExpiryBucket expiryBucket, LotState lotState,
                                @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "9980") int onHand, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "2000") int reserved,
                                @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "7980") int available, @Schema(minimum = "0", maximum = Bounds.INT_MAX, description = "On hand but neither available nor reserved: quarantined or held.", examples = "0") int unusable) {
    }

    @Schema(name = "ExpirySummary", description = "Stock of an item in a warehouse per expiry bucket.", examples = Examples.EXPIRY_SUMMARY)
    public record ExpirySummaryView(UUID warehouseId, UUID itemId, @Schema(maxLength = 40, examples = "N95") String itemCode,
                                    @Schema(examples = "LATER") ExpiryBucket bucket, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long onHand, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long available) {
    }

    @Schema(name = "Movement", description = "A row of the append-only stock ledger; deltas of on hand, available and reserved.", examples = Examples.MOVEMENT)
    public record MovementView(UUID id, @Schema(examples = "RESERVATION") MovementKind kind, UUID warehouseId, UUID itemId, UUID lotId,
                               @Schema(minimum = Bounds.INT_MIN, maximum = Bounds.INT_MAX, examples = "0") int onHandDelta, @Schema(minimum = Bounds.INT_MIN, maximum = Bounds.INT_MAX, examples = "-2000") int availableDelta,
                               @Schema(minimum = Bounds.INT_MIN, maximum = Bounds.INT_MAX, examples = "2000") int reservedDelta, @Schema(nullable = true, maxLength = 30) String reason, @Schema(nullable = true, maxLength = 500) String note,
                               @Schema(nullable = true, maxLength = 30, examples = "reservation") String referenceType, @Schema(nullable = true) UUID referenceId, @Schema(nullable = true) UUID recipientId,
                               OffsetDateTime occurredAt, @Schema(maxLength = 200) String actor) {
    }

    @Schema(name = "NewAdjustment", description = "A counted difference: positive adds, negative removes (from available stock only).", examples = Examples.NEW_ADJUSTMENT)
    public record NewAdjustment(
            @NotNull UUID warehouseId,
            @NotNull UUID lotId,
            @NotNull @Min(-1_000_000) @Max(1_000_000) @Schema(examples = "-20", description = "Whole units, not zero.") Integer quantity,
            @NotNull @Schema(examples = "DAMAGED") AdjustmentReason reason,
            @Size(max = 500) @Schema(examples = "Water damage in bay 3") String note) {
    }

    @Schema(name = "NewTransfer", description = "Move available stock of a lot to another warehouse.", examples = Examples.NEW_TRANSFER)
    public record NewTransfer(
            @NotNull UUID fromWarehouseId,
            @NotNull UUID toWarehouseId,
            @NotNull UUID lotId,
            @NotNull @Positive @Schema(examples = "500") @Max(100_000_000) Integer quantity,
            @Size(max = 500) @Schema(examples = "To the Wuyuan county reserve") String note) {
    }

    @Schema(name = "Transfer", description = "A transfer between warehouses: the two ledger rows.", examples = Examples.TRANSFER)
    public record TransferView(UUID id, UUID fromWarehouseId, UUID toWarehouseId, UUID lotId, @Schema(minimum = "0", maximum = Bounds.INT_MAX) int quantity, @Schema(maxItems = 2) List<MovementView> movements) {
    }

    @Schema(name = "Outlook", description = "Stock of an item: on hand, available, reserved, unusable (quarantined/held), and expected on shipments not yet received (not on hand).", examples = Examples.OUTLOOK)
    public record OutlookView(UUID itemId, @Schema(maxLength = 40, examples = "N95") String itemCode, @Schema(nullable = true) UUID warehouseId,
                              @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "9980") long onHand, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "7980") long available,
                              @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "2000") long reserved, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "0") long unusable,
                              @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "20000") long expected, @Schema(maxItems = Bounds.MAX_ROWS) List<ExpectedShipment> expectedShipments) {
    }

    @Schema(name = "ExpectedShipment", description = "A shipment not yet received and the quantity of the item on it.")
    public record ExpectedShipment(UUID shipmentId, @Schema(maxLength = 60) String reference, cn.gov.epidemic.supplies.ShipmentState state,
                                   @Schema(nullable = true) LocalDate plannedArrival, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long quantity) {
    }

    @Schema(name = "Reconciliation", description = "Every balance compared with the sums of the ledger: consistent when there are no mismatches.", examples = Examples.RECONCILIATION)
    public record ReconciliationView(@Schema(examples = "true") boolean consistent, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "42") long balances,
                                     @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "180") long movements, @Schema(maxItems = Bounds.MAX_ROWS) List<Mismatch> mismatches) {
    }

    @Schema(name = "Mismatch", description = "A balance that differs from its ledger sums.")
    public record Mismatch(UUID warehouseId, UUID lotId, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long onHand, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long ledgerOnHand, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long available, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long ledgerAvailable,
                           @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long reserved, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long ledgerReserved) {
    }

    @Schema(name = "NewConsumption", description = "Units of an item used on a day in a warehouse's area (one record per warehouse, item and day).", examples = Examples.NEW_CONSUMPTION)
    public record NewConsumption(
            @NotNull UUID warehouseId,
            @NotNull UUID itemId,
            @NotNull @Schema(examples = "2020-02-02") LocalDate day,
            @NotNull @PositiveOrZero @Max(10_000_000) @Schema(examples = "1200") Integer quantity) {
    }

    @Schema(name = "Consumption", description = "Consumption recorded for a day.", examples = Examples.CONSUMPTION)
    public record ConsumptionView(UUID id, UUID warehouseId, UUID itemId, LocalDate day, @Schema(minimum = "0", maximum = Bounds.INT_MAX) int quantity, OffsetDateTime createdAt) {
    }

    @Schema(name = "DaysOfCover", description = "Available stock divided by the average daily consumption over the recorded days of the window.", examples = Examples.DAYS_OF_COVER)
    public record CoverView(UUID warehouseId, UUID itemId, @Schema(maxLength = 40, examples = "N95") String itemCode, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "7980") long available,
                            @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "3") int recordedDays, @Schema(examples = "1200.0") double averageDaily,
                            @Schema(nullable = true, examples = "6.7", description = "Null when no consumption is recorded in the window.") Double daysOfCover) {
    }
}
