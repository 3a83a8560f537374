package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.kit.validation.CurrencyCode;

import cn.gov.epidemic.supplies.DonationKind;
import cn.gov.epidemic.supplies.MovementKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
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

    @Schema(name = "NewDonation", description = "A donation of money (amount, currency) or goods (lines); directed to a named recipient, or undirected into the pool.")
    public record NewDonation(
            @NotBlank @Size(max = 200) @Schema(examples = "鄂尔多斯市某能源集团") String donor,
            @NotNull @Schema(examples = "MONEY") DonationKind kind,
            @NotNull @Schema(examples = "2020-01-30") LocalDate receivedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "鄂尔多斯市红十字会", description = "Who received it (a Red Cross society, a charity federation, a command headquarters).") String receivedBy,
            @Pattern(regexp = CatalogueApi.DIVISION, message = CatalogueApi.DIVISION_MESSAGE) @Schema(examples = "150600") String divisionCode,
            @Positive @Digits(integer = 14, fraction = 2) @Schema(examples = "30000000.00", description = "Money: the amount (required). Goods: their declared value (optional).") BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}", message = "{epidemic.currency}") @CurrencyCode @Schema(examples = "CNY") String currency,
            @NotNull @Schema(examples = "true", description = "true: the donor named a recipient (directedRecipientId required); false: into the pool.") Boolean directed,
            @Schema(description = "The recipient the donor named (e.g. the Wuhan Red Cross).") UUID directedRecipientId,
            @Size(max = 500) @Schema(examples = "定向捐赠武汉市疫情防控") String purpose,
            @Size(max = 50) @Schema(description = "Goods: the items, each received as a QUARANTINED lot in a warehouse.") List<@NotNull @Valid NewDonationLine> lines) {
    }

    @Schema(name = "NewDonationLine", description = "Donated goods: an item, quantity, lot and warehouse.")
    public record NewDonationLine(
            @NotNull UUID itemId,
            @NotNull UUID warehouseId,
            @NotNull @Positive @Schema(examples = "5000") Integer quantity,
            @NotNull @Pattern(regexp = "[A-Za-z0-9._/-]{1,60}", message = "{epidemic.lot-number}") @Schema(examples = "DON-2020-0130-01") String lotNumber,
            @Schema(examples = "2022-12-31") LocalDate expiry) {
    }

    @Schema(name = "Donation", description = "A donation received.")
    public record DonationView(UUID id, @Schema(examples = "鄂尔多斯市某能源集团") String donor, @Schema(examples = "MONEY") DonationKind kind,
                               LocalDate receivedOn, @Schema(examples = "鄂尔多斯市红十字会") String receivedBy, String divisionCode,
                               @Schema(examples = "30000000.00") BigDecimal amount, String currency, boolean directed,
                               UUID directedRecipientId, String directedRecipientName, String purpose, List<DonationLineView> lines,
                               @Schema(examples = "30000000.00") BigDecimal forwarded, OffsetDateTime createdAt, long version) {
    }

    @Schema(name = "DonationLine", description = "Donated goods and the lot they went into.")
    public record DonationLineView(int lineNo, UUID itemId, UUID warehouseId, int quantity, UUID lotId) {
    }

    @Schema(name = "NewForwarding", description = "Pass money of a directed donation on to the recipient the donor named.")
    public record NewForwarding(
            @NotNull @Positive @Digits(integer = 14, fraction = 2) @Schema(examples = "30000000.00") BigDecimal amount,
            @NotNull @Schema(examples = "2020-01-31") LocalDate forwardedOn,
            @Size(max = 120) @Schema(examples = "汇款凭证 2020013100123") String reference) {
    }

    @Schema(name = "Forwarding", description = "Money forwarded to the named recipient.")
    public record ForwardingView(UUID id, UUID donationId, UUID recipientId, @Schema(examples = "武汉市红十字会") String recipientName,
                                 @Schema(examples = "30000000.00") BigDecimal amount, LocalDate forwardedOn, String reference, OffsetDateTime createdAt) {
    }

    @Schema(name = "DonationTrace", description = "Where a donation went: money forwarded or in the pool; goods through the ledger to recipients.")
    public record TraceView(DonationView donation, List<ForwardingView> forwardings, @Schema(examples = "30000000.00") BigDecimal forwarded,
                            @Schema(examples = "0.00", description = "Money not forwarded: with the receiver (directed, pending) or in the pool (undirected).") BigDecimal remaining,
                            @Schema(examples = "FORWARDED_IN_FULL") String status, List<TraceMovement> goods) {
    }

    @Schema(name = "TraceMovement", description = "A ledger row of a donated lot, with the recipient where it concerns one.")
    public record TraceMovement(UUID lotId, @Schema(examples = "DISPATCH") MovementKind kind, UUID warehouseId, int onHandDelta,
                                int reservedDelta, UUID recipientId, String recipientName, String referenceType, UUID referenceId, OffsetDateTime occurredAt) {
    }

    @Schema(name = "DonationSummary", description = "Donations received in a division: totals and per receiver (Ordos: 122 million yuan, 102 million through the Red Cross).")
    public record SummaryView(String divisionCode, @Schema(examples = "122000000.00") BigDecimal total, @Schema(examples = "120000000.00") BigDecimal money,
                              @Schema(examples = "2000000.00") BigDecimal goodsDeclaredValue, @Schema(examples = "50000000.00") BigDecimal forwarded,
                              @Schema(examples = "5") long donations, List<ReceiverTotal> byReceiver) {
    }

    @Schema(name = "ReceiverTotal", description = "What one receiver took in.")
    public record ReceiverTotal(@Schema(examples = "鄂尔多斯市红十字会") String receivedBy, @Schema(examples = "102000000.00") BigDecimal total, long donations) {
    }
}
