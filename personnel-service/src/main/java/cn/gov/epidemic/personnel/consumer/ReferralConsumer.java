package cn.gov.epidemic.personnel.consumer;

import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.personnel.service.ReferralObservations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Flow 3: checkpoint-service's fever referrals open key-person observations (group {@code personnel-referrals}). */
@ApplicationScoped
public class ReferralConsumer extends Subscription {

    @Inject
    ReferralObservations observations;

    public ReferralConsumer() {
        super("personnel-referrals");
    }

    @Override
    protected void handle(IncomingEvent event) {
        observations.apply(event);
    }
}
