package cn.gov.epidemic.personnel.consumer;

import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.service.ReferralObservations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Flow 3: checkpoint-service's fever referrals open key-person observations (group {@code personnel-referrals}). */
@ApplicationScoped
public class ReferralConsumer extends Subscription {

    @Inject
    ReferralObservations observations;
    @Inject
    PersonnelConfig config;

    @Override
    protected String name() {
        return "personnel-referrals";
    }

    @Override
    protected List<String> topics() {
        return List.of(config.referrals().topic());
    }

    @Override
    protected boolean enabled() {
        return config.referrals().enabled();
    }

    @Override
    protected void handle(IncomingEvent event) {
        observations.apply(event);
    }
}
