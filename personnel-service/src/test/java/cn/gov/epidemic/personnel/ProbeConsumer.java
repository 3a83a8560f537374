package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import cn.gov.epidemic.kit.messaging.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Test-only subscription of the kit: each event adds one to its row, so a second effect would show. */
@ApplicationScoped
public class ProbeConsumer extends Subscription {

    static final String TOPIC = "personnel.probe";
    static final String TYPE = "cn.gov.epidemic.test.probe";

    /** The probe's data: {@code poison} makes the handler refuse it. */
    public record Probe(Integer n, Boolean poison) {
    }

    static final ConsumedEvent<Probe> PROBE = ConsumedEvent.of(TOPIC, TYPE, Probe.class);

    @Inject
    EntityManager em;

    public ProbeConsumer() {
        super("personnel-probe", "test probe: counts the effects of each event");
    }

    @Override
    protected void declare(Handlers on) {
        on.event(PROBE, e -> {
            if (Boolean.TRUE.equals(e.data().poison())) throw new IllegalStateException("refused by the probe");
            em.createNativeQuery("insert into probe_effect (event_id, effects) values (?1, 1)"
                            + " on conflict (event_id) do update set effects = probe_effect.effects + 1")
                    .setParameter(1, e.id()).executeUpdate();
        });
    }
}
