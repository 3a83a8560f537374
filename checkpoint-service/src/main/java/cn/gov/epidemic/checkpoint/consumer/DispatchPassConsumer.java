package cn.gov.epidemic.checkpoint.consumer;

import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.service.DispatchPasses;
import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Flow 1: supplies-service's dispatch events issue, end or revoke green-lane passes (group {@code checkpoint-dispatch-passes}). */
@ApplicationScoped
public class DispatchPassConsumer extends Subscription {

    @Inject
    DispatchPasses passes;
    @Inject
    CheckpointConfig config;

    @Override
    protected String name() {
        return "checkpoint-dispatch-passes";
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
