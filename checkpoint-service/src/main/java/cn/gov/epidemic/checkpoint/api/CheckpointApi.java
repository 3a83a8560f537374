package cn.gov.epidemic.checkpoint.api;

import cn.gov.epidemic.checkpoint.Agency;
import cn.gov.epidemic.checkpoint.CheckpointKind;
import cn.gov.epidemic.checkpoint.CheckpointState;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import java.util.Set;
import java.util.UUID;

/** Wire records of checkpoints, their statistics and staffing. */
public final class CheckpointApi {

    public static final String DIVISION_CODE = "[0-9]{6}([0-9]{3}){0,2}";
    public static final String DIVISION_CODE_MESSAGE = "{epidemic.division-code}";
    public static final String CODE = "[A-Z0-9][A-Z0-9-]{1,39}";

    /** The upper bound documented for counts and versions: the largest integer every JSON client reads exactly. */
    public static final String MAX_COUNT = "9007199254740991";

    private CheckpointApi() {
    }

    @Schema(name = "NewCheckpoint", description = "A checkpoint to register.", examples = """
            {"code": "TL-EXIT-01", "name": "科尔沁区出区出市通道临时检测站1号", "kind": "EXPRESSWAY_EXIT", "road": "G45 大广高速",
             "kmMarker": 1032.5, "latitude": 43.6525, "longitude": 122.2428, "divisionCode": "150502",
             "agencies": ["TRANSPORT", "TRAFFIC_POLICE", "HEALTH"], "state": "OPEN", "greenLane": false, "designatedHospital": "通辽市传染病医院"}""")
    public record NewCheckpoint(
            @NotBlank @Size(max = 40) @Pattern(regexp = CODE, message = "{epidemic.checkpoint-code}") @Schema(examples = "TL-EXIT-01", description = "Unique code.") String code,
            @NotBlank @Size(max = 120) @Schema(examples = "通辽市出市通道第1检测站") String name,
            @NotNull @Schema(examples = "EXPRESSWAY_EXIT") CheckpointKind kind,
            @Size(max = 60) @Schema(examples = "G45 大广高速") String road,
            @DecimalMin("0") @DecimalMax("99999") @Schema(examples = "1032.5", description = "Kilometre marker on the road.") BigDecimal kmMarker,
            @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "43.6525") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "122.2428") BigDecimal longitude,
            @NotNull @Size(max = 12) @Pattern(regexp = DIVISION_CODE, message = DIVISION_CODE_MESSAGE) @Schema(examples = "150502") String divisionCode,
            @NotEmpty @Size(max = 3) @Schema(examples = "[\"TRANSPORT\", \"TRAFFIC_POLICE\", \"HEALTH\"]") Set<@NotNull Agency> agencies,
            @Schema(examples = "OPEN", description = "Default OPEN.") CheckpointState state,
            @Schema(examples = "true", description = "A green lane for emergency supplies.") Boolean greenLane,
            @Size(max = 120) @Schema(examples = "通辽市传染病医院", description = "Where fever cases detected here are transferred.") String designatedHospital) {
    }

    @Schema(name = "Checkpoint", description = "A road checkpoint.", examples = """
            {"id": "759c7a1b-1087-48f8-977e-47a9801404d9", "code": "TL-EXIT-01", "name": "科尔沁区出区出市通道临时检测站1号",
            "kind": "EXPRESSWAY_EXIT", "road": "G45 大广高速", "kmMarker": 1032.5, "latitude": 43.6525, "longitude": 122.2428,
            "divisionCode": "150502", "agencies": ["TRANSPORT", "TRAFFIC_POLICE", "HEALTH"], "state": "OPEN",
            "greenLane": false, "designatedHospital": "通辽市传染病医院", "createdAt": "2026-12-01T13:22:25.162784Z", "version": 2}""")
    public record CheckpointView(UUID id, @Schema(examples = "TL-EXIT-01", maxLength = 40) String code,
                                 @Schema(examples = "通辽市出市通道第1检测站", maxLength = 120) String name,
                                 CheckpointKind kind, @Schema(maxLength = 60) String road, BigDecimal kmMarker, BigDecimal latitude, BigDecimal longitude,
                                 @Schema(examples = "150502", maxLength = 12) String divisionCode, @Schema(maxItems = 3) Set<Agency> agencies,
                                 CheckpointState state, boolean greenLane,
                                 @Schema(maxLength = 120) String designatedHospital, OffsetDateTime createdAt,
                                 @Schema(description = "Version, also the ETag.", minimum = "0", maximum = MAX_COUNT) long version) {
    }

    @Schema(name = "CheckpointStateChange", description = "Open, suspend or close a checkpoint.", examples = """
            {"state": "SUSPENDED", "reason": "车流减少，夜间暂停"}""")
    public record StateChange(@NotNull @Schema(examples = "SUSPENDED") CheckpointState state,
                              @Size(max = 300) @Schema(examples = "车流减少，夜间暂停") String reason) {
    }

    @Schema(name = "CheckpointDay", description = "What a checkpoint did on one calendar day (Asia/Shanghai).")
    public record DayStatistics(@Schema(examples = "2020-02-02") LocalDate day,
                                @Schema(examples = "393", minimum = "0", maximum = MAX_COUNT) long vehicles,
                                @Schema(examples = "1150", minimum = "0", maximum = MAX_COUNT) long people,
                                @Schema(description = "People at or above the fever threshold.", examples = "1", minimum = "0", maximum = MAX_COUNT) long fevers,
                                @Schema(description = "Referrals opened (one per fever).", examples = "1", minimum = "0", maximum = MAX_COUNT) long referrals,
                                @Schema(examples = "12", minimum = "0", maximum = MAX_COUNT) long turnedBack,
                                @Schema(description = "Passes presented and valid.", examples = "40", minimum = "0", maximum = MAX_COUNT) long passesVerified,
                                @Schema(description = "Passes presented and refused.", examples = "2", minimum = "0", maximum = MAX_COUNT) long passesRefused) {
    }

    @Schema(name = "CheckpointStatistics", description = "Per-day counts of a checkpoint over a period, and their totals.", examples = """
            {"checkpointId": "759c7a1b-1087-48f8-977e-47a9801404d9", "from": "2026-12-01", "to": "2026-12-01",
            "days": [{"day": "2026-12-01", "vehicles": 1, "people": 2, "fevers": 1, "referrals": 1, "turnedBack": 0,
            "passesVerified": 0, "passesRefused": 0}], "totals": {"day": null, "vehicles": 1, "people": 2, "fevers": 1,
            "referrals": 1, "turnedBack": 0, "passesVerified": 0, "passesRefused": 0}}""")
    public record Statistics(UUID checkpointId, LocalDate from, LocalDate to,
                             @Schema(description = "The days with any inspection (at most 366).", maxItems = 366) List<DayStatistics> days,
                             DayStatistics totals) {
    }

    @Schema(name = "OnDuty", description = "A person on duty at a checkpoint (from personnel-service's active deployments).")
    public record OnDuty(UUID deploymentId, UUID personId, @Schema(examples = "王建国", maxLength = 60) String personName,
                         @Schema(maxLength = 120) String workGroup,
                         @Schema(examples = "[\"PUBLIC_ORDER\"]", maxItems = 20) List<@Size(max = 40) String> duties,
                         OffsetDateTime onDutySince) {
    }

    @Schema(name = "CheckpointStaffing", description = "Who is on duty at a checkpoint; unstaffed = nobody.", examples = """
            {"checkpointId": "759c7a1b-1087-48f8-977e-47a9801404d9", "code": "TL-EXIT-01", "name": "科尔沁区出区出市通道临时检测站1号",
            "onDutyCount": 1, "unstaffed": false, "onDuty": [{"deploymentId": "3f6b2d1e-8a4c-4e7f-9b2d-5c1a7e3f9d04",
            "personId": "a1c5e9f2-4b7d-4a3e-8c6f-2d9b1e5a7c30", "personName": "王建国", "workGroup": "巴彦高勒卡点值守组",
            "duties": ["PUBLIC_ORDER", "REGISTRATION"], "onDutySince": "2020-02-03T08:00:00Z"}]}""")
    public record StaffingView(UUID checkpointId, @Schema(maxLength = 40) String code, @Schema(maxLength = 120) String name,
                               @Schema(minimum = "0", maximum = "1000") int onDutyCount,
                               @Schema(description = "True when nobody is on duty.") boolean unstaffed,
                               @Schema(description = "Empty in the list of all checkpoints (GET /staffing); the people on duty in GET /{id}/staffing.", maxItems = 1000) List<OnDuty> onDuty) {
    }

    @Schema(name = "StaffingChange", description = "A person came on duty at a checkpoint or left it (event data of staffing.changed).")
    public record StaffingChange(UUID checkpointId, UUID deploymentId, UUID personId, @Schema(maxLength = 60) String personName,
                                 @Schema(examples = "ON_DUTY", enumeration = {"ON_DUTY", "OFF_DUTY"}, maxLength = 8) String change,
                                 @Schema(minimum = "0", maximum = "1000") int onDutyCount) {
    }
}
