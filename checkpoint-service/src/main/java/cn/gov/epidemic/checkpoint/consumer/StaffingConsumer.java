package cn.gov.epidemic.checkpoint.consumer;

import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.checkpoint.service.StaffingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Flow 2: personnel-service's deployment events feed the staffing view (group {@code checkpoint-staffing}). */
@ApplicationScoped
public class StaffingConsumer extends Subscription {

    @Inject
    StaffingService staffing;

    public StaffingConsumer() {
        super("checkpoint-staffing");
    }

    @Override
    protected void handle(IncomingEvent event) {
        staffing.apply(event);
    }
}
