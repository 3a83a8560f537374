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

    private CheckpointApi() {
    }

    @Schema(name = "NewCheckpoint", description = "A checkpoint to register.")
    public record NewCheckpoint(
            @NotBlank @Pattern(regexp = CODE, message = "{epidemic.checkpoint-code}") @Schema(examples = "TL-EXIT-01", description = "Unique code.") String code,
            @NotBlank @Size(max = 120) @Schema(examples = "通辽市出市通道第1检测站") String name,
            @NotNull @Schema(examples = "EXPRESSWAY_EXIT") CheckpointKind kind,
            @Size(max = 60) @Schema(examples = "G45 大广高速") String road,
            @DecimalMin("0") @DecimalMax("99999") @Schema(examples = "1032.5", description = "Kilometre marker on the road.") BigDecimal kmMarker,
            @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "43.6525") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "122.2428") BigDecimal longitude,
            @NotNull @Pattern(regexp = DIVISION_CODE, message = DIVISION_CODE_MESSAGE) @Schema(examples = "150502") String divisionCode,
            @NotEmpty @Size(max = 3) @Schema(examples = "[\"TRANSPORT\", \"TRAFFIC_POLICE\", \"HEALTH\"]") Set<@NotNull Agency> agencies,
            @Schema(examples = "OPEN", description = "Default OPEN.") CheckpointState state,
            @Schema(examples = "true", description = "A green lane for emergency supplies.") Boolean greenLane,
            @Size(max = 120) @Schema(examples = "通辽市传染病医院", description = "Where fever cases detected here are transferred.") String designatedHospital) {
    }

    @Schema(name = "Checkpoint", description = "A road checkpoint.")
    public record CheckpointView(UUID id, @Schema(examples = "TL-EXIT-01") String code, @Schema(examples = "通辽市出市通道第1检测站") String name,
                                 CheckpointKind kind, String road, BigDecimal kmMarker, BigDecimal latitude, BigDecimal longitude,
                                 String divisionCode, Set<Agency> agencies, CheckpointState state, boolean greenLane,
                                 String designatedHospital, OffsetDateTime createdAt,
                                 @Schema(description = "Version, also the ETag.") long version) {
    }

    @Schema(name = "CheckpointStateChange", description = "Open, suspend or close a checkpoint.")
    public record StateChange(@NotNull @Schema(examples = "SUSPENDED") CheckpointState state,
                              @Size(max = 300) @Schema(examples = "车流减少，夜间暂停") String reason) {
    }

    @Schema(name = "CheckpointDay", description = "What a checkpoint did on one calendar day (Asia/Shanghai).")
    public record DayStatistics(@Schema(examples = "2020-02-02") LocalDate day,
                                @Schema(examples = "393") long vehicles,
                                @Schema(examples = "1150") long people,
                                @Schema(description = "People at or above the fever threshold.", examples = "1") long fevers,
                                @Schema(description = "Referrals opened (one per fever).", examples = "1") long referrals,
                                @Schema(examples = "12") long turnedBack,
                                @Schema(description = "Passes presented and valid.", examples = "40") long passesVerified,
                                @Schema(description = "Passes presented and refused.", examples = "2") long passesRefused) {
    }

    @Schema(name = "CheckpointStatistics", description = "Per-day counts of a checkpoint over a period, and their totals.")
    public record Statistics(UUID checkpointId, LocalDate from, LocalDate to, List<DayStatistics> days, DayStatistics totals) {
    }

    @Schema(name = "OnDuty", description = "A person on duty at a checkpoint (from personnel-service's active deployments).")
    public record OnDuty(UUID deploymentId, UUID personId, @Schema(examples = "王建国") String personName, String workGroup,
                         @Schema(examples = "[\"PUBLIC_ORDER\"]") List<String> duties, OffsetDateTime onDutySince) {
    }

    @Schema(name = "CheckpointStaffing", description = "Who is on duty at a checkpoint; unstaffed = nobody.")
    public record StaffingView(UUID checkpointId, String code, String name, int onDutyCount,
                               @Schema(description = "True when nobody is on duty.") boolean unstaffed, List<OnDuty> onDuty) {
    }

    @Schema(name = "StaffingChange", description = "A person came on duty at a checkpoint or left it (event data of staffing.changed).")
    public record StaffingChange(UUID checkpointId, UUID deploymentId, UUID personId, String personName,
                                 @Schema(examples = "ON_DUTY") String change, int onDutyCount) {
    }
}
