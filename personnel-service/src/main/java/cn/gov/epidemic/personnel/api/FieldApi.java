package cn.gov.epidemic.personnel.api;

import cn.gov.epidemic.kitweb.pii.ValidIdCardNumber;
import cn.gov.epidemic.personnel.KeyPersonCategory;
import cn.gov.epidemic.personnel.ObservationState;
import cn.gov.epidemic.personnel.ScreeningOutcome;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of field work: household screening, key persons under observation, follow-ups. */
public final class FieldApi {

    private FieldApi() {
    }

    @Schema(name = "NewScreeningVisit", description = "A household visit by a grid worker.")
    public record NewScreeningVisit(
            @NotNull @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "152502001001") String divisionCode,
            @NotBlank @Size(max = 120) @Schema(examples = "3号楼2单元501") String household,
            @NotNull @Schema(examples = "2020-02-02T10:30:00+08:00") OffsetDateTime visitedAt,
            UUID workerId,
            @NotNull @Min(0) @Max(100) @Schema(examples = "3") Integer residents,
            @NotNull @Schema(examples = "NO_RISK") ScreeningOutcome outcome,
            @Size(max = 500) String notes) {
    }

    @Schema(name = "ScreeningVisit", description = "A household visit.", examples = Examples.SCREENING_VISIT)
    public record VisitView(UUID id, @Schema(maxLength = Bounds.CODE) String divisionCode, @Schema(maxLength = 120) String household,
                            OffsetDateTime visitedAt, UUID workerId, @Schema(minimum = "0", maximum = "100") int residents,
                            ScreeningOutcome outcome, @Schema(maxLength = 500) String notes) {
    }

    @Schema(name = "NewKeyPerson", description = "A key person placed under home observation.")
    public record NewKeyPerson(
            @NotBlank @Size(max = 60) @Schema(examples = "李明") String name,
            @ValidIdCardNumber @Size(max = Bounds.ID_CARD) @Schema(examples = "420102199001011236", description = "Personal data.") String idCardNumber,
            @Pattern(regexp = PersonApi.PHONE, message = "{epidemic.phone}") @Size(max = Bounds.PHONE) @Schema(examples = "13947100001", description = "Personal data.") String phone,
            @NotNull @Schema(examples = "FROM_WUHAN") KeyPersonCategory category,
            @Size(max = 120) @Schema(examples = "湖北省武汉市") String cameFrom,
            @NotNull @Schema(examples = "2020-01-20") LocalDate arrivedOn,
            @NotNull @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "152502001001") String divisionCode,
            @Size(max = 200) String address,
            @Schema(description = "First day of observation; default today.", examples = "2020-01-21") LocalDate observationStart,
            @Min(1) @Max(60) @Schema(description = "Length in days; default 14.", examples = "14") Integer observationDays,
            @Size(max = 200) @Schema(description = "Where the case came from, e.g. a checkpoint referral.") String sourceReference) {
    }

    @Schema(name = "KeyPerson", description = "A key person under observation. ID-card and phone numbers are masked unless the caller has personnel:pii.", examples = Examples.KEY_PERSON)
    public record KeyPersonView(UUID id, @Schema(maxLength = Bounds.PERSON_NAME) String name, @Schema(maxLength = Bounds.ID_CARD) String idCardNumber,
                                @Schema(maxLength = Bounds.PHONE) String phone, KeyPersonCategory category, @Schema(maxLength = 120) String cameFrom,
                                LocalDate arrivedOn, @Schema(maxLength = Bounds.CODE) String divisionCode, @Schema(maxLength = 200) String address,
                                LocalDate observationStart, @Schema(minimum = "1", maximum = "60") int observationDays,
                                @Schema(description = "Last day of observation, inclusive.") LocalDate observationEnd,
                                ObservationState state, OffsetDateTime endedAt, @Schema(maxLength = 300) String endReason,
                                @Schema(maxLength = 200) String hospital, @Schema(maxLength = 200) String sourceReference,
                                @Schema(description = "The checkpoint fever referral this observation was opened from (checkpoint-service: GET /api/v1/checkpoints/referrals/{id}); null when registered by hand.") UUID referralId,
                                @Schema(description = "Officers deployed in the division who follow this person up (assigned when opened from a referral).", maxItems = Bounds.WHOLE_LIST) List<Assignee> assignedTo,
                                boolean piiMasked, @Schema(minimum = "0", maximum = Bounds.VERSION) long version) {
    }

    @Schema(name = "KeyPersonAssignee", description = "An officer assigned to a key person: the person deployed in the division, and the deployment.")
    public record Assignee(UUID personId, @Schema(examples = "王建国", maxLength = Bounds.PERSON_NAME) String name, UUID deploymentId) {
    }

    @Schema(name = "ObservationPeriodChange", description = "A new observation length. Extending needs a reason; shortening also needs confirmShortening=true and may not end before today.")
    public record PeriodChange(@NotNull @Min(1) @Max(60) @Schema(examples = "21") Integer days,
                               @NotBlank @Size(max = 300) @Schema(examples = "同住人员出现发热症状,延长观察") String reason,
                               @Schema(examples = "false") Boolean confirmShortening) {
    }

    @Schema(name = "ObservationChange", description = "A recorded change of the observation period.", examples = Examples.OBSERVATION_CHANGE)
    public record ChangeView(OffsetDateTime changedAt, @Schema(maxLength = Bounds.ACTOR) String changedBy, @Schema(minimum = "1", maximum = "60") int oldDays,
                             @Schema(minimum = "1", maximum = "60") int newDays, @Schema(maxLength = 300) String reason) {
    }

    @Schema(name = "NewFollowUp", description = "The daily follow-up: temperature and symptoms.")
    public record NewFollowUp(@Schema(description = "Default today.", examples = "2020-02-03") LocalDate day,
                              @NotNull @DecimalMin("30.0") @DecimalMax("45.0") @Digits(integer = 2, fraction = 1) @Schema(examples = "36.6") BigDecimal temperature,
                              @Size(max = 10) @Schema(examples = "[]") List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,]*", message = "{epidemic.no-comma}") String> symptoms) {
    }

    @Schema(name = "FollowUp", description = "A daily follow-up. Temperature, fever and symptoms are health data: null (piiMasked=true) unless the caller has personnel:pii.", examples = Examples.FOLLOW_UP)
    public record FollowUpView(UUID id, UUID keyPersonId, LocalDate day, BigDecimal temperature, Boolean fever,
                               @Schema(maxItems = 10) List<@Size(max = 40) String> symptoms, OffsetDateTime recordedAt,
                               @Schema(maxLength = Bounds.ACTOR) String recordedBy, boolean piiMasked) {
    }

    @Schema(name = "Release", description = "End of observation after the full period.")
    public record Release(@Size(max = 300) @Schema(examples = "观察期满,无异常") String reason) {
    }

    @Schema(name = "Referral", description = "Transfer to a designated hospital.")
    public record Referral(@NotBlank @Size(max = 200) @Schema(examples = "锡林郭勒盟医院") String hospital,
                           @NotBlank @Size(max = 300) @Schema(examples = "体温37.8℃,咳嗽") String reason) {
    }
}
