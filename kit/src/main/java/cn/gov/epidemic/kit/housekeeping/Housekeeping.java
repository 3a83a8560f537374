package cn.gov.epidemic.kit.housekeeping;

import cn.gov.epidemic.kit.outbox.OutboxConfig;
import cn.gov.epidemic.kit.web.IdempotencyKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Every ten minutes: expired Idempotency-Keys and outbox rows published longer ago than the retention go. */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    @Inject
    IdempotencyKeys keys;
    @Inject
    OutboxConfig outbox;
    @Inject
    EntityManager em;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent ev) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kit-housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::run, 1, 10, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent ev) {
        if (timer != null) timer.shutdownNow();
    }

    void run() {
        try {
            int k = keys.purgeExpired();
            int e = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "delete from outbox_event where published_at < now() - make_interval(secs => ?1)")
                    .setParameter(1, (double) outbox.retention().toSeconds()).executeUpdate());
            if (k + e > 0) LOG.infof("housekeeping: %d idempotency keys and %d published events removed", k, e);
        } catch (Exception ex) {
            LOG.warnf("housekeeping failed: %s", ex.getMessage());
        }
    }
}
