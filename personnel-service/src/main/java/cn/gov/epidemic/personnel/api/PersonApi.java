package cn.gov.epidemic.personnel.api;

import cn.gov.epidemic.kitweb.pii.ValidIdCardNumber;
import cn.gov.epidemic.personnel.PersonCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Wire records of people; ID-card and phone numbers are masked unless the caller has personnel:pii. */
public final class PersonApi {

    public static final String PHONE = "\\+?[0-9][0-9 -]{5,18}[0-9]";

    private PersonApi() {
    }

    @Schema(name = "NewPerson", description = "A person to register (also the body of a full update with PUT).")
    public record NewPerson(
            @NotBlank @Size(max = 60) @Schema(examples = "王建国") String name,
            @NotNull @Schema(examples = "POLICE_OFFICER") PersonCategory category,
            @Schema(description = "Home unit.") UUID unitId,
            @Schema(examples = "true") Boolean partyMember,
            @ValidIdCardNumber @Size(max = Bounds.ID_CARD) @Schema(examples = "150102197806150618", description = "Resident ID-card number (personal data), 18 characters, check digit per GB 11643.") String idCardNumber,
            @Pattern(regexp = PHONE, message = "{epidemic.phone}") @Size(max = Bounds.PHONE) @Schema(examples = "13847199001", description = "Personal data.") String phone) {
    }

    @Schema(name = "Person", description = "A person who can be deployed. ID-card and phone numbers are masked (150102********0618, 138****9001) unless the caller has personnel:pii.", examples = Examples.PERSON)
    public record PersonView(UUID id,
                             @Schema(examples = "王建国", maxLength = Bounds.PERSON_NAME) String name,
                             PersonCategory category,
                             UUID unitId,
                             boolean partyMember,
                             @Schema(examples = "150102********0618", maxLength = Bounds.ID_CARD) String idCardNumber,
                             @Schema(examples = "138****9001", maxLength = Bounds.PHONE) String phone,
                             @Schema(description = "True when idCardNumber and phone are masked for this caller.") boolean piiMasked,
                             OffsetDateTime createdAt,
                             @Schema(description = "Version, also the ETag; send it in If-Match to update.", minimum = "0", maximum = Bounds.VERSION) long version) {
    }
}
