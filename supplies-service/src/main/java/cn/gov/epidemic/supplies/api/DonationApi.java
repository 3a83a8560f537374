package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.kitweb.validation.CurrencyCode;

import cn.gov.epidemic.supplies.DonationKind;
import cn.gov.epidemic.supplies.MovementKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of donations. */
public final class DonationApi {

    private DonationApi() {
    }

    @Schema(name = "NewDonation", description = "A donation of money (amount, currency) or goods (lines); directed to a named recipient, or undirected into the pool.", examples = Examples.NEW_DONATION)
    public record NewDonation(
            @NotBlank @Size(max = 200) @Schema(examples = "鄂尔多斯市某能源集团") String donor,
            @NotNull @Schema(examples = "MONEY") DonationKind kind,
            @NotNull @Schema(examples = "2020-01-30") LocalDate receivedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "鄂尔多斯市红十字会", description = "Who received it (a Red Cross society, a charity federation, a command headquarters).") String receivedBy,
            @Pattern(regexp = CatalogueApi.DIVISION, message = CatalogueApi.DIVISION_MESSAGE) @Schema(examples = "150600") @Size(max = 12) String divisionCode,
            @Positive @Digits(integer = 14, fraction = 2) @Schema(examples = "30000000.00", description = "Money: the amount (required). Goods: their declared value (optional).") BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}", message = "{epidemic.currency}") @CurrencyCode @Schema(examples = "CNY") @Size(max = 3) String currency,
            @NotNull @Schema(examples = "true", description = "true: the donor named a recipient (directedRecipientId required); false: into the pool.") Boolean directed,
            @Schema(description = "The recipient the donor named (e.g. the Wuhan Red Cross).") UUID directedRecipientId,
            @Size(max = 500) @Schema(examples = "定向捐赠武汉市疫情防控") String purpose,
            @Size(max = 50) @Schema(description = "Goods: the items, each received as a QUARANTINED lot in a warehouse.") List<@NotNull @Valid NewDonationLine> lines) {
    }

    @Schema(name = "NewDonationLine", description = "Donated goods: an item, quantity, lot and warehouse.")
    public record NewDonationLine(
            @NotNull UUID itemId,
            @NotNull UUID warehouseId,
            @NotNull @Positive @Schema(examples = "5000") @Max(100_000_000) Integer quantity,
            @NotNull @Pattern(regexp = "[A-Za-z0-9._/-]{1,60}", message = "{epidemic.lot-number}") @Schema(examples = "DON-2020-0130-01") @Size(max = 60) String lotNumber,
            @Schema(examples = "2030-12-31") LocalDate expiry) {
    }

    @Schema(name = "Donation", description = "A donation received.", examples = Examples.DONATION)
    public record DonationView(UUID id, @Schema(maxLength = 200, examples = "鄂尔多斯市某能源集团") String donor, @Schema(examples = "MONEY") DonationKind kind,
                               LocalDate receivedOn, @Schema(maxLength = 200, examples = "鄂尔多斯市红十字会") String receivedBy, @Schema(nullable = true, maxLength = 12) String divisionCode,
                               @Schema(nullable = true, examples = "30000000.00") BigDecimal amount, @Schema(nullable = true, maxLength = 3) String currency, boolean directed,
                               @Schema(nullable = true) UUID directedRecipientId, @Schema(nullable = true, maxLength = 200) String directedRecipientName, @Schema(nullable = true, maxLength = 500) String purpose, @Schema(maxItems = 50) List<DonationLineView> lines,
                               @Schema(examples = "30000000.00") BigDecimal forwarded, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "DonationLine", description = "Donated goods and the lot they went into.")
    public record DonationLineView(@Schema(minimum = "1", maximum = Bounds.INT_MAX) int lineNo, UUID itemId, UUID warehouseId, @Schema(minimum = "0", maximum = Bounds.INT_MAX) int quantity, @Schema(nullable = true) UUID lotId) {
    }

    @Schema(name = "NewForwarding", description = "Pass money of a directed donation on to the recipient the donor named.", examples = Examples.NEW_FORWARDING)
    public record NewForwarding(
            @NotNull @Positive @Digits(integer = 14, fraction = 2) @Schema(examples = "30000000.00") BigDecimal amount,
            @NotNull @Schema(examples = "2020-01-31") LocalDate forwardedOn,
            @Size(max = 120) @Schema(examples = "汇款凭证 2020013100123") String reference) {
    }

    @Schema(name = "Forwarding", description = "Money forwarded to the named recipient.", examples = Examples.FORWARDING)
    public record ForwardingView(UUID id, UUID donationId, UUID recipientId, @Schema(maxLength = 200, examples = "武汉市红十字会") String recipientName,
                                 @Schema(examples = "30000000.00") BigDecimal amount, LocalDate forwardedOn, @Schema(nullable = true, maxLength = 120) String reference, OffsetDateTime createdAt) {
    }

    @Schema(name = "DonationTrace", description = "Where a donation went: money forwarded or in the pool; goods through the ledger to recipients.", examples = Examples.DONATION_TRACE)
    public record TraceView(DonationView donation, @Schema(maxItems = Bounds.MAX_ROWS) List<ForwardingView> forwardings, @Schema(examples = "30000000.00") BigDecimal forwarded,
                            @Schema(examples = "0.00", description = "Money not forwarded: with the receiver (directed, pending) or in the pool (undirected).") BigDecimal remaining,
                            @Schema(enumeration = {"GOODS_IN_STOCK", "GOODS_DISPATCHED", "IN_POOL", "AWAITING_FORWARDING", "PARTLY_FORWARDED", "FORWARDED_IN_FULL"}, examples = "FORWARDED_IN_FULL") String status, @Schema(maxItems = Bounds.MAX_ROWS) List<TraceMovement> goods) {
    }

    @Schema(name = "TraceMovement", description = "A ledger row of a donated lot, with the recipient where it concerns one.")
    public record TraceMovement(UUID lotId, @Schema(examples = "DISPATCH") MovementKind kind, UUID warehouseId, @Schema(minimum = Bounds.INT_MIN, maximum = Bounds.INT_MAX) int onHandDelta,
                                @Schema(minimum = Bounds.INT_MIN, maximum = Bounds.INT_MAX) int reservedDelta, @Schema(nullable = true) UUID recipientId, @Schema(nullable = true, maxLength = 200) String recipientName, @Schema(nullable = true, maxLength = 30) String referenceType, @Schema(nullable = true) UUID referenceId, OffsetDateTime occurredAt) {
    }

    @Schema(name = "DonationSummary", description = "Donations received in a division: totals and per receiver (Ordos: 122 million yuan, 102 million through the Red Cross).", examples = Examples.DONATION_SUMMARY)
    public record SummaryView(@Schema(nullable = true, maxLength = 12) String divisionCode, @Schema(examples = "122000000.00") BigDecimal total, @Schema(examples = "120000000.00") BigDecimal money,
                              @Schema(examples = "2000000.00") BigDecimal goodsDeclaredValue, @Schema(examples = "50000000.00") BigDecimal forwarded,
                              @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "5") long donations, @Schema(maxItems = Bounds.MAX_ROWS) List<ReceiverTotal> byReceiver) {
    }

    @Schema(name = "ReceiverTotal", description = "What one receiver took in.")
    public record ReceiverTotal(@Schema(maxLength = 200, examples = "鄂尔多斯市红十字会") String receivedBy, @Schema(examples = "102000000.00") BigDecimal total, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long donations) {
    }
}
