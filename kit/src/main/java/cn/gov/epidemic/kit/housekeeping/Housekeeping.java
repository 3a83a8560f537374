package cn.gov.epidemic.kit.housekeeping;

import cn.gov.epidemic.kit.outbox.OutboxConfig;
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

/** Every ten minutes: expired Idempotency-Keys (24 h) and outbox rows published longer ago than the retention go. */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    private static final int BATCH = 5_000;

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
            int k = purge("delete from idempotency_key where ctid in (select ctid from idempotency_key"
                    + " where created_at < now() - interval '24 hours' limit " + BATCH + ")", null);
            int e = purge("delete from outbox_event where seq in (select seq from outbox_event"
                    + " where published_at < now() - make_interval(secs => ?1) limit " + BATCH + ")", (double) outbox.retention().toSeconds());
            if (k + e > 0) LOG.infof("housekeeping: %d idempotency keys and %d published events removed", k, e);
        } catch (Exception ex) {
            LOG.warnf("housekeeping failed: %s", ex.getMessage());
        }
    }

    /**
     * Runs a bounded delete until it finds nothing more, each batch its own short transaction: a backlog (after a
     * downtime, or the first run) never meets the statement and socket timeouts every pooled connection has.
     */
    private int purge(String sql, Object param) {
        int total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> {
                var q = em.createNativeQuery(sql);
                if (param != null) q.setParameter(1, param);
                return q.executeUpdate();
            });
            total += n;
        } while (n == BATCH);
        return total;
    }
}
