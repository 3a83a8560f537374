package cn.gov.epidemic.personnel.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Wire records of deployment plans and their live progress. */
public final class PlanApi {

    private PlanApi() {
    }

    @Schema(name = "NewPlan", description = "A deployment plan: issuing authority, area, target, per-unit quotas, period.")
    public record NewPlan(
            @NotBlank @Size(max = 200) @Schema(examples = "呼和浩特市政法干警下沉基层防控疫情") String name,
            @NotBlank @Size(max = 200) @Schema(examples = "呼和浩特市委政法委") String issuingAuthority,
            @NotNull @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "150100") String divisionCode,
            @NotNull @Min(1) @Max(1_000_000) @Schema(examples = "1400") Integer target,
            @NotNull @Schema(examples = "2020-01-28") LocalDate periodStart,
            @Schema(examples = "2020-03-31") LocalDate periodEnd,
            @Size(max = 500) List<@Valid @NotNull QuotaLine> quotas) {
    }

    @Schema(name = "QuotaLine", description = "How many people one unit is to send.")
    public record QuotaLine(@NotNull UUID unitId, @NotNull @Min(0) @Max(1_000_000) @Schema(examples = "150") Integer quota) {
    }

    @Schema(name = "Plan", description = "A deployment plan.", examples = Examples.PLAN)
    public record PlanView(UUID id, @Schema(maxLength = 200) String name, @Schema(maxLength = 200) String issuingAuthority,
                           @Schema(maxLength = Bounds.CODE) String divisionCode, @Schema(minimum = "1", maximum = "1000000") int target,
                           LocalDate periodStart, LocalDate periodEnd, @Schema(maxItems = 500) List<QuotaLine> quotas,
                           @Schema(minimum = "0", maximum = Bounds.VERSION) long version) {
    }

    @Schema(name = "PlanProgress", description = "Live progress of a plan: people deployed (active or relieved) against the target, over-fulfilment shown as it is.", examples = Examples.PLAN_PROGRESS)
    public record PlanProgress(
            UUID planId, @Schema(maxLength = 200) String name,
            @Schema(examples = "1400", minimum = "1", maximum = "1000000") int target,
            @Schema(description = "Deployments that went ahead: active now or relieved.", examples = "2010", minimum = "0", maximum = Bounds.COUNT) long deployed,
            @Schema(description = "On duty now.", examples = "2010", minimum = "0", maximum = Bounds.COUNT) long active,
            @Schema(examples = "0", minimum = "0", maximum = Bounds.COUNT) long relieved,
            @Schema(description = "Planned, not yet active.", examples = "0", minimum = "0", maximum = Bounds.COUNT) long planned,
            @Schema(description = "deployed / target × 100, one decimal; above 100 when the target is exceeded.", examples = "143.6") BigDecimal percentOfTarget,
            @Schema(maxItems = Bounds.WHOLE_LIST) List<UnitProgress> byUnit,
            @Schema(maxItems = Bounds.WHOLE_LIST) List<DestinationProgress> byDestination) {
    }

    @Schema(name = "UnitProgress", description = "Progress of one source unit against its quota.")
    public record UnitProgress(UUID unitId, @Schema(maxLength = 120) String unitName,
                               @Schema(description = "Null when the plan sets no quota for this unit.", minimum = "0", maximum = "1000000") Integer quota,
                               @Schema(minimum = "0", maximum = Bounds.COUNT) long deployed, @Schema(examples = "120.0") BigDecimal percentOfQuota) {
    }

    @Schema(name = "DestinationProgress", description = "People deployed under the plan to one destination.")
    public record DestinationProgress(@Schema(maxLength = Bounds.CODE) String divisionCode, @Schema(maxLength = Bounds.DIVISION_NAME) String divisionName,
                                      UUID checkpointId, @Schema(minimum = "0", maximum = Bounds.COUNT) long deployed) {
    }
}
