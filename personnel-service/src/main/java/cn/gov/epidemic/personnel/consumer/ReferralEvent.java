package cn.gov.epidemic.personnel.consumer;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What personnel-service reads of checkpoint-service's referral.opened (its ReferralOpened data, ID-card and phone
 * masked, the phone sealed for this service): only the fields the observation needs; every one but the id may be
 * absent.
 */
public record ReferralEvent(@NotNull UUID id, String destinationDivisionCode, String personName, String origin, String destination,
                            BigDecimal temperature, String hospital, String sealedPhone) {

    public static final ConsumedEvent<ReferralEvent> OPENED =
            ConsumedEvent.of("checkpoint.events", "cn.gov.epidemic.checkpoint.referral.opened", ReferralEvent.class);
}
