package cn.gov.epidemic.checkpoint.staffing;

import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.service.StaffingService;
import cn.gov.epidemic.kit.messaging.IdempotentConsumer;
import cn.gov.epidemic.kit.messaging.ProcessedEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/** Subscribes to personnel-service's topic with the kit's idempotent consumer (group {@code checkpoint-staffing}). */
@ApplicationScoped
public class StaffingConsumer {

    static final String NAME = "checkpoint-staffing";

    @Inject
    ProcessedEvents processed;
    @Inject
    ObjectMapper mapper;
    @Inject
    StaffingService staffing;
    @Inject
    CheckpointConfig config;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private IdempotentConsumer consumer;

    void start(@Observes StartupEvent ev) {
        if (!config.staffing().enabled()) return;
        consumer = new IdempotentConsumer(NAME, List.of(config.staffing().topic()), bootstrap, staffing::apply, processed, mapper).start();
    }

    void stop(@Observes ShutdownEvent ev) {
        if (consumer != null) consumer.close();
    }
}
