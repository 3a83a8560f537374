package cn.gov.epidemic.checkpoint.event;

import cn.gov.epidemic.checkpoint.api.InspectionApi.ReferralView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of referral.opened: the Referral as the API shows it (masked), and the phone sealed for personnel-service. */
@Schema(name = "ReferralOpened", description = "Event data of referral.opened: the fields of Referral (ID-card and phone numbers masked), "
        + "and the traveller's phone sealed for personnel-service, which opens the key-person observation (flow 3) and lets "
        + "the community call the person. Only the two services hold the key; the broker never carries the phone in clear.")
public record ReferralOpened(
        @JsonUnwrapped ReferralView referral,
        @Schema(maxLength = 200, pattern = "^[A-Za-z0-9_-]{1,32}\\.[A-Za-z0-9_-]+$",
                examples = "k1.mC3YbqkV0l9x7Qe2WZr1n8s4tGJ5pHdA6uFvKc0yLwE0aTb9",
                description = "The traveller's phone as recorded by the inspection, sealed for personnel-service: <keyId>.<base64url of "
                        + "nonce (12 bytes), AES-256-GCM ciphertext and tag>; associated data \"<keyId>|referral/<id>/phone\", so it "
                        + "opens only for this referral. Null when the inspection recorded no phone (and in events of earlier versions).")
        String sealedPhone) {
}
