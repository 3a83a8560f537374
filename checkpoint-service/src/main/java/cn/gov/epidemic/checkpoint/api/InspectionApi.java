package cn.gov.epidemic.checkpoint.api;

import cn.gov.epidemic.checkpoint.InspectionOutcome;
import cn.gov.epidemic.checkpoint.OccupantRole;
import cn.gov.epidemic.checkpoint.ReferralState;
import cn.gov.epidemic.checkpoint.VehicleKind;
import cn.gov.epidemic.kitweb.pii.ValidIdCardNumber;
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

    @Schema(name = "NewOccupant", description = "A person in the vehicle and the temperature taken (逢人必测).", examples = """
            {"role": "PASSENGER", "name": "孙玉兰", "idCardNumber": "150402198904020324", "phone": "13904761234", "temperature": 38.1}""")
    public record NewOccupant(
            @NotNull @Schema(examples = "DRIVER") OccupantRole role,
            @Size(max = 60) @Schema(examples = "李志强") String name,
            @ValidIdCardNumber @Size(max = 18) @Schema(examples = "150402198701153215") String idCardNumber,
            @Size(max = 20) @Pattern(regexp = PassApi.PHONE, message = "{epidemic.phone}") @Schema(examples = "13904761234") String phone,
            @NotNull @DecimalMin(value = "34.0", message = "{epidemic.temperature.min}")
            @DecimalMax(value = "43.0", message = "{epidemic.temperature.max}")
            @Digits(integer = 2, fraction = 1) @Schema(examples = "36.5", description = "°C, 34.0 to 43.0, one decimal.") BigDecimal temperature) {
    }

    @Schema(name = "NewInspection", description = "A vehicle checked at a checkpoint (逢车必查). The example is the fever case at Chifeng's ring-road exit CF-RING-01 (checkpointId: the id of an OPEN checkpoint).", examples = """
            {"checkpointId": "759c7a1b-1087-48f8-977e-47a9801404d9", "plate": "蒙D33221", "vehicleKind": "PRIVATE_CAR", "origin": "松山区",
             "destination": "元宝山区平庄镇第1社区", "destinationDivisionCode": "150403100001",
             "occupants": [{"role": "DRIVER", "name": "孙春雷", "temperature": 36.6}, {"role": "PASSENGER", "name": "孙玉兰", "temperature": 38.1}],
             "turnedBack": false}""")
    public record NewInspection(
            @NotNull UUID checkpointId,
            @NotNull @Size(max = 12) @Pattern(regexp = PassApi.PLATE, message = PassApi.PLATE_MESSAGE) @Schema(examples = "蒙D12345") String plate,
            @NotNull @Schema(examples = "PRIVATE_CAR") VehicleKind vehicleKind,
            @Size(max = 200) @Schema(examples = "赤峰市红山区") String origin,
            @Size(max = 200) @Schema(examples = "赤峰市元宝山区") String destination,
            @Size(max = 12) @Pattern(regexp = "[0-9]{6}([0-9]{3}([0-9]{3})?)?", message = "{epidemic.division-code}")
            @Schema(examples = "150403100001", description = "The division (village or community, 12 digits) the vehicle is heading for. A fever referral is sent there: personnel-service opens a key-person observation for the people deployed in it.") String destinationDivisionCode,
            @Size(max = 1000) @Pattern(regexp = PassCodes.SYNTAX, message = PassApi.CODE_MESSAGE) @Schema(description = "The pass code presented, if any: verified on the spot.") String passCode,
            @NotEmpty @Size(max = 80) List<@NotNull @Valid NewOccupant> occupants,
            @Schema(description = "The inspector turned the vehicle back (persuaded to return). A refused pass also turns it back.", examples = "false") Boolean turnedBack,
            @Size(max = 300) @Schema(examples = "劝返") String note,
            @Size(max = 120) @Schema(description = "Designated hospital for fever cases, when not the checkpoint's.") String hospital) {
    }

    @Schema(name = "Occupant", description = "A person checked; ID-card and phone numbers masked.")
    public record OccupantView(OccupantRole role, @Schema(maxLength = 60) String name,
                               @Schema(examples = "150402********3215", maxLength = 18) String idCardNumber,
                               @Schema(examples = "139****1234", maxLength = 20) String phone, @Schema(examples = "36.5") BigDecimal temperature,
                               @Schema(description = "At or above the fever threshold.") boolean fever) {
    }

    @Schema(name = "Inspection", description = "A vehicle checked, with its occupants and the outcome.", examples = """
            {"id": "73bf2146-f95d-4eaa-9a94-7ee96f056441", "checkpointId": "759c7a1b-1087-48f8-977e-47a9801404d9",
            "inspectedAt": "2026-12-01T13:22:26.385142794Z", "day": "2026-12-01", "plate": "蒙D33221",
            "vehicleKind": "PRIVATE_CAR", "origin": "松山区", "destination": "元宝山区平庄镇第1社区",
            "destinationDivisionCode": "150403100001", "passId": null, "passResult": null, "occupants": [{"role": "DRIVER",
            "name": "孙春雷", "idCardNumber": null, "phone": null, "temperature": 36.6, "fever": false}, {"role": "PASSENGER",
            "name": "孙玉兰", "idCardNumber": null, "phone": null, "temperature": 38.1, "fever": true}], "outcome": "REFERRED",
            "note": null, "inspector": "test-client", "referralIds": ["cc27f05c-e458-45b6-bc2c-4368ebd3d2e5"]}""")
    public record InspectionView(UUID id, UUID checkpointId, OffsetDateTime inspectedAt, LocalDate day, @Schema(maxLength = 12) String plate,
                                 cn.gov.epidemic.checkpoint.VehicleKind vehicleKind, @Schema(maxLength = 200) String origin,
                                 @Schema(maxLength = 200) String destination,
                                 @Schema(examples = "150403100001", maxLength = 12) String destinationDivisionCode,
                                 UUID passId,
                                 @Schema(description = "Verification of the pass presented: VALID or the reason it was refused.", examples = "VALID", maxLength = 30) String passResult,
                                 @Schema(maxItems = 80) List<OccupantView> occupants, InspectionOutcome outcome, @Schema(maxLength = 300) String note,
                                 @Schema(description = "The client that recorded it.", maxLength = 120) String inspector,
                                 @Schema(description = "Referrals opened by this inspection (one per fever).", maxItems = 80) List<UUID> referralIds) {
    }

    @Schema(name = "ReferralTransfer", description = "The transfer to the designated hospital starts.", examples = """
            {"hospital": "赤峰市医院", "transferredBy": "120 急救车 蒙D0120"}""")
    public record NewTransfer(@Size(max = 120) @Schema(examples = "通辽市传染病医院", description = "Changes the hospital when given.") String hospital,
                              @NotBlank @Size(max = 120) @Schema(examples = "120 急救车 蒙G0120") String transferredBy) {
    }

    @Schema(name = "ReferralHandover", description = "The person is handed over at the hospital.", examples = """
            {"receivedBy": "赤峰市医院发热门诊 值班医生"}""")
    public record NewHandover(@NotBlank @Size(max = 120) @Schema(examples = "发热门诊 值班医生") String receivedBy) {
    }

    @Schema(name = "Referral", description = "Detection-and-transfer of a person with a fever: times of detection, transfer and hand-over.", examples = """
            {"id": "cc27f05c-e458-45b6-bc2c-4368ebd3d2e5", "inspectionId": "73bf2146-f95d-4eaa-9a94-7ee96f056441",
            "checkpointId": "759c7a1b-1087-48f8-977e-47a9801404d9", "personName": "孙玉兰", "idCardNumber": null, "phone": null,
            "temperature": 38.1, "hospital": "赤峰市医院", "plate": "蒙D33221", "origin": "松山区", "destination": "元宝山区平庄镇第1社区",
            "destinationDivisionCode": "150403100001", "state": "HANDED_OVER", "detectedAt": "2026-12-01T13:22:26.385143Z",
            "transferStartedAt": "2026-12-01T13:22:26.457508Z", "transferredBy": "120 急救车 蒙D0120",
            "handedOverAt": "2026-12-01T13:22:26.495325464Z", "receivedBy": "赤峰市医院发热门诊 值班医生", "version": 2}""")
    public record ReferralView(UUID id, UUID inspectionId, UUID checkpointId, @Schema(maxLength = 60) String personName,
                               @Schema(examples = "150402********3215", maxLength = 18) String idCardNumber,
                               @Schema(examples = "139****1234", maxLength = 20) String phone,
                               @Schema(examples = "38.1") BigDecimal temperature, @Schema(maxLength = 120) String hospital,
                               @Schema(examples = "蒙D33221", maxLength = 12) String plate, @Schema(examples = "松山区", maxLength = 200) String origin,
                               @Schema(examples = "元宝山区平庄镇第1社区", maxLength = 200) String destination,
                               @Schema(examples = "150403100001", maxLength = 12, description = "Where the person was heading: personnel-service opens the key-person observation there.") String destinationDivisionCode,
                               ReferralState state,
                               OffsetDateTime detectedAt, OffsetDateTime transferStartedAt, @Schema(maxLength = 120) String transferredBy,
                               OffsetDateTime handedOverAt, @Schema(maxLength = 120) String receivedBy,
                               @Schema(description = "Version, also the ETag; send it in If-Match.", minimum = "0", maximum = CheckpointApi.MAX_COUNT) long version) {
    }

    /** The CSV header of an inspections import: one line per vehicle, its driver, and the temperatures of the passengers. */
    public static final String CSV_HEADER = "checkpointId,plate,vehicleKind,origin,destination,destinationDivisionCode,passCode,turnedBack,note,hospital,"
            + "driverName,driverIdCardNumber,driverPhone,driverTemperature,passengerTemperatures";

    public static final String IMPORT_EXAMPLE = """
            [{"checkpointId": "759c7a1b-1087-48f8-977e-47a9801404d9", "plate": "蒙D12345", "vehicleKind": "PRIVATE_CAR", "origin": "赤峰市红山区",
              "destination": "赤峰市松山区", "occupants": [{"role": "DRIVER", "name": "王海", "temperature": 36.5}]},
             {"checkpointId": "759c7a1b-1087-48f8-977e-47a9801404d9", "plate": "蒙D86521", "vehicleKind": "TRUCK", "origin": "通辽市",
              "destination": "赤峰市元宝山区", "occupants": [{"role": "DRIVER", "name": "刘建军", "temperature": 36.7}, {"role": "PASSENGER", "name": "刘强", "temperature": 36.5}],
              "turnedBack": false}]""";

    public static final String IMPORT_CSV_EXAMPLE = CSV_HEADER + "\n"
            + "759c7a1b-1087-48f8-977e-47a9801404d9,蒙D55102,VAN,赤峰市红山区,赤峰市松山区,,,false,,,赵立新,,,36.6,36.5;36.8\n";

    /**
     * A CSV line of an inspections import ({@link #CSV_HEADER}): the vehicle, its driver, and the passengers'
     * temperatures separated by ';' (passengers by temperature only: a line has no room for their names). Read by the
     * kit's CSV reader only, so it is not in the OpenAPI document's schemas.
     */
    public record InspectionCsvLine(UUID checkpointId, String plate, cn.gov.epidemic.checkpoint.VehicleKind vehicleKind, String origin,
                                    String destination, String destinationDivisionCode, String passCode, Boolean turnedBack, String note,
                                    String hospital, String driverName, String driverIdCardNumber, String driverPhone, BigDecimal driverTemperature,
                                    List<BigDecimal> passengerTemperatures) {

        public NewInspection row() {
            List<NewOccupant> occupants = new java.util.ArrayList<>();
            occupants.add(new NewOccupant(OccupantRole.DRIVER, driverName, driverIdCardNumber, driverPhone, driverTemperature));
            if (passengerTemperatures != null) {
                for (BigDecimal t : passengerTemperatures) occupants.add(new NewOccupant(OccupantRole.PASSENGER, null, null, null, t));
            }
            return new NewInspection(checkpointId, plate, vehicleKind, origin, destination, destinationDivisionCode, passCode, occupants,
                    turnedBack, note, hospital);
        }
    }
}
