package cn.gov.epidemic.personnel.consumer;

import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.personnel.service.ReferralEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Flow 3: checkpoint-service's fever referrals open key-person observations (group {@code personnel-referrals}). */
@ApplicationScoped
public class ReferralConsumer extends Subscription {

    @Inject
    ReferralEventHandler handler;

    public ReferralConsumer() {
        super("personnel-referrals", "Flow 3: checkpoint-service's fever referrals open key-person observations.");
    }

    @Override
    protected void declare(Handlers on) {
        on.event(ReferralEvent.OPENED, e -> handler.opened(e.data()));
    }
}
