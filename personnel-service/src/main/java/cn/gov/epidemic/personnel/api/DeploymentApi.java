package cn.gov.epidemic.personnel.api;

import cn.gov.epidemic.personnel.DeploymentState;
import cn.gov.epidemic.personnel.DestinationType;
import cn.gov.epidemic.personnel.Duty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** Wire records of deployments. */
public final class DeploymentApi {

    private DeploymentApi() {
    }

    @Schema(name = "NewDeployment", description = "Send a person to a village/community (divisionCode) or a checkpoint (checkpointId).")
    public record NewDeployment(
            @NotNull UUID personId,
            @Schema(description = "The plan this deployment counts towards.") UUID planId,
            @NotNull @Schema(examples = "DIVISION") DestinationType destinationType,
            @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "150102001001", description = "Required for DIVISION: a gacha, village or community.") String divisionCode,
            @Schema(description = "Required for CHECKPOINT: the checkpoint's id in checkpoint-service.") UUID checkpointId,
            @Size(max = 120) @Schema(examples = "001号工作组") String workGroup,
            @NotEmpty @Size(max = 10) @Schema(examples = "[\"SCREENING\", \"REGISTRATION\", \"PUBLIC_ORDER\"]") Set<@NotNull Duty> duties,
            @Schema(examples = "2020-01-29") LocalDate plannedStart,
            @Schema(description = "Activate at once (the person goes on duty now).", examples = "false") Boolean activateNow) {
    }

    @Schema(name = "Deployment", description = "A person sent to a destination, with duties and a state.", examples = Examples.DEPLOYMENT)
    public record DeploymentView(UUID id, UUID personId, @Schema(examples = "王建国", maxLength = Bounds.PERSON_NAME) String personName, UUID planId,
                                 DestinationType destinationType, @Schema(maxLength = Bounds.CODE) String divisionCode, UUID checkpointId,
                                 @Schema(maxLength = 120) String workGroup, @Schema(maxItems = 10) Set<Duty> duties, DeploymentState state,
                                 LocalDate plannedStart, OffsetDateTime activatedAt, OffsetDateTime relievedAt, OffsetDateTime cancelledAt,
                                 OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.VERSION) long version) {
    }
}
