package cn.gov.epidemic.personnel.api;

import cn.gov.epidemic.personnel.DestinationType;
import cn.gov.epidemic.personnel.Duty;
import cn.gov.epidemic.personnel.PersonCategory;
import cn.gov.epidemic.personnel.api.DeploymentApi.NewDeployment;
import cn.gov.epidemic.personnel.api.PersonApi.NewPerson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Wire records of the bulk imports: the rows (the single POSTs' bodies) and the flat CSV line of a person. */
public final class ImportApi {

    /** The CSV header of a people import: a person's columns, then those of at most one deployment. */
    public static final String PEOPLE_CSV_HEADER = "name,category,unitId,partyMember,idCardNumber,phone,planId,destinationType,divisionCode,checkpointId,workGroup,duties,plannedStart,activateNow";

    private ImportApi() {
    }

    @Schema(name = "PersonImport", description = "A row of a people import: a person to register (as POST /people takes it) and the deployments to create for them (as POST /deployments takes them, without personId).")
    public record PersonImport(
            @NotNull @Valid NewPerson person,
            @Size(max = 5) @Schema(description = "Created in this order; at most one with activateNow (a person has at most one active deployment).")
            List<@NotNull @Valid PersonDeployment> deployments) {

        public List<PersonDeployment> deploymentsOrNone() {
            return deployments == null ? List.of() : deployments;
        }
    }

    @Schema(name = "PersonDeployment", description = "A deployment of the row's person: the fields of NewDeployment but personId (the person is created by the same row).")
    public record PersonDeployment(
            @Schema(description = "The plan this deployment counts towards.") UUID planId,
            @NotNull @Schema(examples = "DIVISION") DestinationType destinationType,
            @jakarta.validation.constraints.Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = Bounds.CODE)
            @Schema(examples = "150102001001", description = "Required for DIVISION: a gacha, village or community.") String divisionCode,
            @Schema(description = "Required for CHECKPOINT: the checkpoint's id in checkpoint-service.") UUID checkpointId,
            @Size(max = 120) @Schema(examples = "001号工作组") String workGroup,
            @NotEmpty @Size(max = 10) @Schema(examples = "[\"SCREENING\", \"REGISTRATION\", \"PUBLIC_ORDER\"]") Set<@NotNull Duty> duties,
            @Schema(examples = "2020-01-29") LocalDate plannedStart,
            @Schema(description = "Activate at once (the person goes on duty now).", examples = "true") Boolean activateNow) {

        /** The single POST's body for this deployment of {@code personId}. */
        public NewDeployment of(UUID personId) {
            return new NewDeployment(personId, planId, destinationType, divisionCode, checkpointId, workGroup, duties, plannedStart, activateNow);
        }
    }

    /**
     * A CSV line of a people import ({@link #PEOPLE_CSV_HEADER}): a person and at most one deployment (the deployment's
     * columns empty for none). Read by the kit's CSV reader only, so it is not in the OpenAPI document's schemas.
     */
    public record PersonCsvLine(String name, PersonCategory category, UUID unitId, Boolean partyMember,
                                String idCardNumber, String phone, UUID planId, DestinationType destinationType,
                                String divisionCode, UUID checkpointId, String workGroup, Set<Duty> duties, LocalDate plannedStart,
                                Boolean activateNow) {

        public PersonImport row() {
            NewPerson person = new NewPerson(name, category, unitId, partyMember, idCardNumber, phone);
            boolean deployment = planId != null || destinationType != null || divisionCode != null || checkpointId != null
                    || workGroup != null || (duties != null && !duties.isEmpty()) || plannedStart != null || activateNow != null;
            List<PersonDeployment> deployments = new ArrayList<>();
            if (deployment) deployments.add(new PersonDeployment(planId, destinationType, divisionCode, checkpointId, workGroup, duties, plannedStart, activateNow));
            return new PersonImport(person, deployments);
        }
    }
}
