package cn.gov.epidemic.checkpoint.api;

import cn.gov.epidemic.checkpoint.InspectionOutcome;
import cn.gov.epidemic.checkpoint.OccupantRole;
import cn.gov.epidemic.checkpoint.ReferralState;
import cn.gov.epidemic.checkpoint.VehicleKind;
import cn.gov.epidemic.kit.pii.ValidIdCardNumber;
import cn.gov.epidemic.passes.PassCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of inspections and referrals. Temperatures are shown; ID-card and phone numbers are masked. */
public final class InspectionApi {

    private InspectionApi() {
    }

    @Schema(name = "NewOccupant", description = "A person in the vehicle and the temperature taken (逢人必测).")
    public record NewOccupant(
            @NotNull @Schema(examples = "DRIVER") OccupantRole role,
            @Size(max = 60) @Schema(examples = "李志强") String name,
            @ValidIdCardNumber @Schema(examples = "150402198701153216") String idCardNumber,
            @Pattern(regexp = PassApi.PHONE, message = "{epidemic.phone}") @Schema(examples = "13904761234") String phone,
            @NotNull @DecimalMin(value = "34.0", message = "{epidemic.temperature.min}")
            @DecimalMax(value = "43.0", message = "{epidemic.temperature.max}")
            @Digits(integer = 2, fraction = 1) @Schema(examples = "36.5", description = "°C, 34.0 to 43.0, one decimal.") BigDecimal temperature) {
    }

    @Schema(name = "NewInspection", description = "A vehicle checked at a checkpoint (逢车必查).")
    public record NewInspection(
            @NotNull UUID checkpointId,
            @NotNull @Pattern(regexp = PassApi.PLATE, message = PassApi.PLATE_MESSAGE) @Schema(examples = "蒙D12345") String plate,
            @NotNull @Schema(examples = "PRIVATE_CAR") VehicleKind vehicleKind,
            @Size(max = 200) @Schema(examples = "赤峰市红山区") String origin,
            @Size(max = 200) @Schema(examples = "赤峰市元宝山区") String destination,
            @Pattern(regexp = "[0-9]{6}([0-9]{3}([0-9]{3})?)?", message = "{epidemic.division-code}")
            @Schema(examples = "150403100001", description = "The division (village or community, 12 digits) the vehicle is heading for. A fever referral is sent there: personnel-service opens a key-person observation for the people deployed in it.") String destinationDivisionCode,
            @Size(max = 1000) @Pattern(regexp = PassCodes.SYNTAX, message = PassApi.CODE_MESSAGE) @Schema(description = "The pass code presented, if any: verified on the spot.") String passCode,
            @NotEmpty @Size(max = 80) List<@NotNull @Valid NewOccupant> occupants,
            @Schema(description = "The inspector turned the vehicle back (persuaded to return). A refused pass also turns it back.", examples = "false") Boolean turnedBack,
            @Size(max = 300) @Schema(examples = "劝返") String note,
            @Size(max = 120) @Schema(description = "Designated hospital for fever cases, when not the checkpoint's.") String hospital) {
    }

    @Schema(name = "Occupant", description = "A person checked; ID-card and phone numbers masked.")
    public record OccupantView(OccupantRole role, String name, @Schema(examples = "150402********3216") String idCardNumber,
                               @Schema(examples = "139****1234") String phone, @Schema(examples = "36.5") BigDecimal temperature,
                               @Schema(description = "At or above the fever threshold.") boolean fever) {
    }

    @Schema(name = "Inspection", description = "A vehicle checked, with its occupants and the outcome.")
    public record InspectionView(UUID id, UUID checkpointId, OffsetDateTime inspectedAt, LocalDate day, String plate,
                                 cn.gov.epidemic.checkpoint.VehicleKind vehicleKind, String origin, String destination,
                                 @Schema(examples = "150403100001") String destinationDivisionCode,
                                 UUID passId, @Schema(description = "Verification of the pass presented: VALID or the reason it was refused.", examples = "VALID") String passResult,
                                 List<OccupantView> occupants, InspectionOutcome outcome, String note, String inspector,
                                 @Schema(description = "Referrals opened by this inspection (one per fever).") List<UUID> referralIds) {
    }

    @Schema(name = "ReferralTransfer", description = "The transfer to the designated hospital starts.")
    public record NewTransfer(@Size(max = 120) @Schema(examples = "通辽市传染病医院", description = "Changes the hospital when given.") String hospital,
                              @NotBlank @Size(max = 120) @Schema(examples = "120 急救车 蒙G0120") String transferredBy) {
    }

    @Schema(name = "ReferralHandover", description = "The person is handed over at the hospital.")
    public record NewHandover(@NotBlank @Size(max = 120) @Schema(examples = "发热门诊 值班医生") String receivedBy) {
    }

    @Schema(name = "Referral", description = "Detection-and-transfer of a person with a fever: times of detection, transfer and hand-over.")
    public record ReferralView(UUID id, UUID inspectionId, UUID checkpointId, String personName,
                               @Schema(examples = "150402********3216") String idCardNumber, @Schema(examples = "139****1234") String phone,
                               @Schema(examples = "38.1") BigDecimal temperature, String hospital,
                               @Schema(examples = "蒙D33221") String plate, @Schema(examples = "松山区") String origin, @Schema(examples = "元宝山区平庄镇第1社区") String destination,
                               @Schema(examples = "150403100001", description = "Where the person was heading: personnel-service opens the key-person observation there.") String destinationDivisionCode,
                               ReferralState state,
                               OffsetDateTime detectedAt, OffsetDateTime transferStartedAt, String transferredBy,
                               OffsetDateTime handedOverAt, String receivedBy, long version) {
    }
}
