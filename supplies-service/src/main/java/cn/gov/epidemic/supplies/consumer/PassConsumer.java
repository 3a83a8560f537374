package cn.gov.epidemic.supplies.consumer;

import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import cn.gov.epidemic.supplies.service.DispatchPasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Flow 1: checkpoint-service's pass events record the green-lane pass on its dispatch (group {@code supplies-dispatch-passes}). */
@ApplicationScoped
public class PassConsumer extends Subscription {

    @Inject
    DispatchPasses passes;
    @Inject
    SuppliesConfig config;

    @Override
    protected String name() {
        return "supplies-dispatch-passes";
    }

    @Override
    protected List<String> topics() {
        return List.of(config.dispatchPasses().topic());
    }

    @Override
    protected boolean enabled() {
        return config.dispatchPasses().enabled();
    }

    @Override
    protected void handle(IncomingEvent event) {
        passes.apply(event);
    }
}
