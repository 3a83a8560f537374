package cn.gov.epidemic.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The broker's state and the outbox backlog, in a check that stays UP: a broker outage delays events but never
 * fails a write (the outbox keeps them), so it is no reason to take the service out of readiness. The state is
 * what was last observed, by the relay's sends and by a background admin probe; the check never waits on Kafka.
 */
@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

    private record Observation(boolean up, String error, Instant at, boolean bySend) {
    }

    @Inject
    OutboxConfig config;
    @Inject
    OutboxBacklog backlog;
    @Inject
    OutboxRelay relay;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "epidemic.events.source")
    String source;
    @ConfigProperty(name = "epidemic.events.topic")
    String topic;

    private volatile Observation last = new Observation(false, "not probed yet", Instant.now(), false);
    private volatile Instant since = Instant.now();
    private ScheduledExecutorService timer;
    private Admin admin;

    void start(@Observes StartupEvent ev) {
        Gauge.builder("outbox.broker.up", this, c -> c.last.up() ? 1 : 0)
                .description("1 while the broker answered the relay or the last probe, else 0").tag("topic", topic).register(metrics);
        int timeoutMs = (int) config.brokerProbeTimeout().toMillis();
        Map<String, Object> p = new HashMap<>();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, source.replaceAll("^/+", "").replace('/', '-') + "-broker-probe");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1_000L);
        p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 2_000L);
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000L);
        admin = Admin.create(p);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-broker-probe");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::probe, 0, config.brokerProbeInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent ev) {
        if (timer != null) timer.shutdownNow();
        if (admin != null) admin.close(Duration.ofSeconds(2));
    }

    /** The relay had a batch acknowledged: the broker is up. */
    void sent() {
        observe(true, null, true);
    }

    /** The relay's send failed: the broker (or the topic) is not taking events. */
    void sendFailed(String reason) {
        observe(false, reason, true);
    }

    private synchronized void observe(boolean up, String error, boolean bySend) {
        if (up != last.up()) since = Instant.now();
        last = new Observation(up, error, Instant.now(), bySend);
    }

    void probe() {
        Observation o = last;
        if (o.up() && o.bySend() && Duration.between(o.at(), Instant.now()).compareTo(config.brokerProbeInterval()) < 0) {
            return; // the relay has just proved it
        }
        long timeoutMs = config.brokerProbeTimeout().toMillis();
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeoutMs)).nodes()
                    .get(timeoutMs + 500, TimeUnit.MILLISECONDS).size();
            observe(nodes > 0, nodes > 0 ? null : "the cluster has no node", false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            observe(false, cause.getClass().getSimpleName() + ": " + cause.getMessage(), false);
        } catch (TimeoutException e) {
            observe(false, "no answer within " + timeoutMs + " ms", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            observe(false, e.toString(), false);
        }
    }

    @Override
    public HealthCheckResponse call() {
        Observation o = last;
        OutboxBacklog.Snapshot s = backlog.snapshot();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("outbox").up()
                .withData("broker", o.up() ? "UP" : "DOWN")
                .withData("brokerSince", since.toString())
                .withData("brokerObservedAt", o.at().toString())
                .withData("backlog", s.count())
                .withData("oldestUnpublishedAgeSeconds", (long) Math.ceil(s.oldestAgeSeconds()))
                .withData("relay", relay.isLeader() ? "leader" : config.enabled() ? "standby" : "disabled");
        if (o.error() != null) b.withData("brokerError", o.error());
        if (s.measuredAt() != null) b.withData("backlogCountedAt", s.measuredAt().toString());
        if (s.error() != null) b.withData("backlogError", s.error());
        return b.build();
    }
}
