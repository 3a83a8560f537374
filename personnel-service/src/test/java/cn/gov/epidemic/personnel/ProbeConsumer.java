package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kit.messaging.IdempotentConsumer;
import cn.gov.epidemic.kit.messaging.ProcessedEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/** Test-only consumer built with the kit's helper: each event adds one to its row, so a second effect would show. */
@ApplicationScoped
public class ProbeConsumer {

    static final String TOPIC = "personnel.probe";

    @Inject
    ProcessedEvents processed;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private IdempotentConsumer consumer;

    void start(@Observes StartupEvent ev) {
        consumer = new IdempotentConsumer("personnel-probe", List.of(TOPIC), bootstrap, event -> {
            if (event.data() != null && event.data().path("poison").asBoolean()) {
                throw new IllegalStateException("refused by the probe");
            }
            em.createNativeQuery("insert into probe_effect (event_id, effects) values (?1, 1)"
                            + " on conflict (event_id) do update set effects = probe_effect.effects + 1")
                    .setParameter(1, event.id()).executeUpdate();
        }, processed, mapper).start();
    }

    void stop(@Observes ShutdownEvent ev) {
        if (consumer != null) consumer.close();
    }
}
