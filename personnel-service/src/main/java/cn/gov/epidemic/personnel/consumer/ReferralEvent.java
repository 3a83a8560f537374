package cn.gov.epidemic.personnel.consumer;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What personnel-service reads of checkpoint-service's referral.opened (its ReferralOpened data, ID-card and phone
 * masked, the phone sealed for this service): only the fields the observation needs; every one may be absent, but
 * a referral for a division names its id (one without a division is the checkpoint's hospital's alone, passed over).
 */
public record ReferralEvent(UUID id, String destinationDivisionCode, String personName, String origin, String destination,
                            BigDecimal temperature, String hospital, String sealedPhone) {

    public static final ConsumedEvent<ReferralEvent> OPENED =
            ConsumedEvent.of("checkpoint.events", "cn.gov.epidemic.checkpoint.referral.opened", ReferralEvent.class);

    /** Violation {@code idOfADivisionsReferral}: the observation is linked to the referral by its id. */
    @JsonIgnore
    @AssertTrue(message = "must be true: a referral for a division names its id")
    public boolean isIdOfADivisionsReferral() {
        return destinationDivisionCode == null || destinationDivisionCode.isBlank() || id != null;
    }
}
