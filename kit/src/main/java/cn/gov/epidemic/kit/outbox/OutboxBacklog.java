package cn.gov.epidemic.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import cn.gov.epidemic.kit.events.EventDeclarations;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The outbox backlog as the table has it: the number of unpublished rows and the age of the oldest, counted on a
 * background thread every {@code epidemic.outbox.backlog-refresh} with a statement timeout, independently of the
 * relay (which may be stuck on the broker, or on another instance). A scrape or a health answer reads the last
 * count: cheap, and never waiting on the database.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final String COUNT = "select count(*), min(occurred_at) from outbox_event where published_at is null";

    /** One measurement; {@code oldest} is null when nothing waits, {@code error} set when the last count failed. */
    public record Snapshot(long count, Instant oldest, Instant measuredAt, String error) {

        /** Seconds the oldest unpublished event has waited, now (0 when none waits). */
        public double oldestAgeSeconds() {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
        }
    }

    @Inject
    DataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry metrics;
    /** The service's topic, from its declarations (kit {@link EventDeclarations}). */
    String topic;

    private volatile Snapshot last = new Snapshot(0, null, null, "not counted yet");
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent ev) {
        topic = EventDeclarations.ofThisService().published().topic();
        Gauge.builder("outbox.backlog", this, b -> b.last.count())
                .description("unpublished outbox events (rows with published_at null)").tag("topic", topic).register(metrics);
        Gauge.builder("outbox.oldest.age", this, b -> b.last.oldestAgeSeconds()).baseUnit("seconds")
                .description("age of the oldest unpublished outbox event").tag("topic", topic).register(metrics);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-backlog");
            t.setDaemon(true);
            return t;
        });
        long every = config.backlogRefresh().toMillis();
        timer.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent ev) {
        if (timer != null) timer.shutdownNow();
    }

    /** The last count. */
    public Snapshot snapshot() {
        return last;
    }

    void refresh() {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(COUNT)) {
            st.setQueryTimeout(2);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                last = new Snapshot(rs.getLong(1), oldest == null ? null : oldest.toInstant(), Instant.now(), null);
            }
        } catch (Exception e) {
            // keep the last count (its measuredAt shows how old it is); the database check reports the outage
            Snapshot s = last;
            if (s.error() == null) LOG.warnf("outbox backlog not counted: %s", e.getMessage());
            last = new Snapshot(s.count(), s.oldest(), s.measuredAt(), String.valueOf(e.getMessage()));
        }
    }
}
