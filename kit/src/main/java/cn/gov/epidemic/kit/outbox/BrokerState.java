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
import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
 * The broker's state as last observed, by the relay's sends and by a background admin probe (when the relay has
 * sent nothing for a probe interval), so that whoever asks (the health check, the gauge) never waits on Kafka.
 */
@ApplicationScoped
public class BrokerState {

    /** What was seen last, when, and whether by a send of the relay. */
    public record Observation(boolean up, String error, Instant at, boolean bySend) {
    }

    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    /** The service's CloudEvents source and topic, from its declarations (kit {@link EventDeclarations}). */
    String source;
    String topic;

    private volatile Observation last = new Observation(false, "not probed yet", Instant.now(), false);
    private volatile Instant since = Instant.now();
    private ScheduledExecutorService timer;
    private Admin admin;

    void start(@Observes StartupEvent ev) {
        EventSource declared = EventDeclarations.ofThisService().published();
        source = declared.source();
        topic = declared.topic();
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

    /** The last observation. */
    public Observation last() {
        return last;
    }

    /** Since when the broker has been in its current state. */
    public Instant since() {
        return since;
    }
}
