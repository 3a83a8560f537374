package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.kit.i18n.Labelled;
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

    @Schema(name = "Lot", description = "A lot of an item: QUARANTINED on arrival, RELEASED after the conformity check, or HELD.")
    public record LotView(UUID id, UUID itemId, @Schema(examples = "KR-N95-200115") String lotNumber, @Schema(examples = "2023-01-14") LocalDate expiry,
                          @Schema(examples = "RELEASED") LotState state, UUID shipmentId, UUID donationId,
                          @Schema(description = "Goods of a directed donation: reserved only for this recipient.") UUID directedRecipientId,
                          @Schema(examples = "GB 2626-2006 KN95 / NIOSH N95") String checkedStandard,
                          @Schema(examples = "KTL-2020-0113-N95") String certificateReference, String stateReason,
                          OffsetDateTime releasedAt, String releasedBy, OffsetDateTime createdAt, long version) {
    }

    @Schema(name = "LotRelease", description = "The conformity check that releases a quarantined lot: the standard checked must be the item's, and a certificate is named.")
    public record LotRelease(
            @NotBlank @Size(max = 120) @Schema(examples = "GB 2626-2006 KN95 / NIOSH N95") String standard,
            @NotBlank @Size(max = 120) @Schema(examples = "KTL-2020-0113-N95") String certificateReference) {
    }

    @Schema(name = "LotHold", description = "Hold a lot (nonconforming, recalled): its stock is never allocated.")
    public record LotHold(@NotBlank @Size(max = 500) @Schema(examples = "Certificate does not match the lot number") String reason) {
    }

    @Schema(name = "StockLine", description = "Stock of one lot in one warehouse: on hand, reserved, available, and quarantined or held.")
    public record StockLineView(UUID warehouseId, @Schema(examples = "BYN-LINHE") String warehouseCode, UUID itemId,
                                @Schema(examples = "N95") String itemCode, UUID lotId, @Schema(examples = "KR-N95-200115") String lotNumber,
                                LocalDate expiry, @Schema(examples = "LATER") ExpiryBucket expiryBucket, LotState lotState,
                                @Schema(examples = "9980") int onHand, @Schema(examples = "2000") int reserved,
                                @Schema(examples = "7980") int available, @Schema(description = "On hand but neither available nor reserved: quarantined or held.", examples = "0") int unusable) {
    }

    @Schema(name = "ExpirySummary", description = "Stock of an item in a warehouse per expiry bucket.")
    public record ExpirySummaryView(UUID warehouseId, UUID itemId, @Schema(examples = "N95") String itemCode,
                                    @Schema(examples = "LATER") ExpiryBucket bucket, long onHand, long available) {
    }

    @Schema(name = "Movement", description = "A row of the append-only stock ledger; deltas of on hand, available and reserved.")
    public record MovementView(UUID id, @Schema(examples = "RESERVATION") MovementKind kind, UUID warehouseId, UUID itemId, UUID lotId,
                               @Schema(examples = "0") int onHandDelta, @Schema(examples = "-2000") int availableDelta,
                               @Schema(examples = "2000") int reservedDelta, String reason, String note,
                               @Schema(examples = "reservation") String referenceType, UUID referenceId, UUID recipientId,
                               OffsetDateTime occurredAt, String actor) {
    }

    @Schema(name = "NewAdjustment", description = "A counted difference: positive adds, negative removes (from available stock only).")
    public record NewAdjustment(
            @NotNull UUID warehouseId,
            @NotNull UUID lotId,
            @NotNull @Min(-1_000_000) @Max(1_000_000) @Schema(examples = "-20", description = "Whole units, not zero.") Integer quantity,
            @NotNull @Schema(examples = "DAMAGED") AdjustmentReason reason,
            @Size(max = 500) @Schema(examples = "Water damage in bay 3") String note) {
    }

    @Schema(name = "NewTransfer", description = "Move available stock of a lot to another warehouse.")
    public record NewTransfer(
            @NotNull UUID fromWarehouseId,
            @NotNull UUID toWarehouseId,
            @NotNull UUID lotId,
            @NotNull @Positive @Schema(examples = "500") Integer quantity,
            @Size(max = 500) @Schema(examples = "To the Wuyuan county reserve") String note) {
    }

    @Schema(name = "Transfer", description = "A transfer between warehouses: the two ledger rows.")
    public record TransferView(UUID id, UUID fromWarehouseId, UUID toWarehouseId, UUID lotId, int quantity, List<MovementView> movements) {
    }

    @Schema(name = "Outlook", description = "Stock of an item: on hand, available, reserved, unusable (quarantined/held), and expected on shipments not yet received (not on hand).")
    public record OutlookView(UUID itemId, @Schema(examples = "N95") String itemCode, UUID warehouseId,
                              @Schema(examples = "9980") long onHand, @Schema(examples = "7980") long available,
                              @Schema(examples = "2000") long reserved, @Schema(examples = "0") long unusable,
                              @Schema(examples = "20000") long expected, List<ExpectedShipment> expectedShipments) {
    }

    @Schema(name = "ExpectedShipment", description = "A shipment not yet received and the quantity of the item on it.")
    public record ExpectedShipment(UUID shipmentId, String reference, cn.gov.epidemic.supplies.ShipmentState state,
                                   LocalDate plannedArrival, long quantity) {
    }

    @Schema(name = "Reconciliation", description = "Every balance compared with the sums of the ledger: consistent when there are no mismatches.")
    public record ReconciliationView(@Schema(examples = "true") boolean consistent, @Schema(examples = "42") long balances,
                                     @Schema(examples = "180") long movements, List<Mismatch> mismatches) {
    }

    @Schema(name = "Mismatch", description = "A balance that differs from its ledger sums.")
    public record Mismatch(UUID warehouseId, UUID lotId, long onHand, long ledgerOnHand, long available, long ledgerAvailable,
                           long reserved, long ledgerReserved) {
    }

    @Schema(name = "NewConsumption", description = "Units of an item used on a day in a warehouse's area (one record per warehouse, item and day).")
    public record NewConsumption(
            @NotNull UUID warehouseId,
            @NotNull UUID itemId,
            @NotNull @Schema(examples = "2020-02-02") LocalDate day,
            @NotNull @PositiveOrZero @Max(10_000_000) @Schema(examples = "1200") Integer quantity) {
    }

    @Schema(name = "Consumption", description = "Consumption recorded for a day.")
    public record ConsumptionView(UUID id, UUID warehouseId, UUID itemId, LocalDate day, int quantity, OffsetDateTime createdAt) {
    }

    @Schema(name = "DaysOfCover", description = "Available stock divided by the average daily consumption over the recorded days of the window.")
    public record CoverView(UUID warehouseId, UUID itemId, @Schema(examples = "N95") String itemCode, @Schema(examples = "7980") long available,
                            @Schema(examples = "3") int recordedDays, @Schema(examples = "1200.0") double averageDaily,
                            @Schema(examples = "6.7", description = "Null when no consumption is recorded in the window.") Double daysOfCover) {
    }
}
