package cn.gov.epidemic.checkpoint.consumer;

import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.service.StaffingService;
import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Flow 2: personnel-service's deployment events feed the staffing view (group {@code checkpoint-staffing}). */
@ApplicationScoped
public class StaffingConsumer extends Subscription {

    @Inject
    StaffingService staffing;
    @Inject
    CheckpointConfig config;

    @Override
    protected String name() {
        return "checkpoint-staffing";
    }

    @Override
    protected List<String> topics() {
        return List.of(config.staffing().topic());
    }

    @Override
    protected boolean enabled() {
        return config.staffing().enabled();
    }

    @Override
    protected void handle(IncomingEvent event) {
        staffing.apply(event);
    }
}
