package cn.gov.epidemic.gateway.health;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each service's readiness, probed in the background (never per health request, so the answer is instant) and
 * reported on the management port with its address. The check stays UP: the gateway can route while any of it
 * runs, and a request to a service that is down gets a quick 503 problem, which serves callers better than
 * taking the single entry out of rotation.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReady implements HealthCheck {

    /** What the last probe of one service saw. */
    record State(boolean up, String detail, Instant since, Instant checkedAt) {
    }

    @Inject
    GatewayConfig config;
    @Inject
    Vertx vertx;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "gateway.health.probe-interval", defaultValue = "2s")
    Duration interval;
    @ConfigProperty(name = "gateway.health.probe-timeout", defaultValue = "1s")
    Duration timeout;

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private HttpClient client;
    private long timer = -1;

    void start(@Observes StartupEvent ev) {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(1)
                .setConnectTimeout((int) timeout.toMillis()));
        Instant now = Instant.now();
        config.routes().forEach((name, r) -> {
            states.put(name, new State(false, "not probed yet", now, now));
            Gauge.builder("gateway.upstream.up", states, s -> s.get(name).up() ? 1 : 0)
                    .description("1 while the service's last readiness probe answered 200").tag("route", name).register(metrics);
        });
        probeAll();
        timer = vertx.setPeriodic(interval.toMillis(), id -> probeAll());
    }

    void stop(@Observes ShutdownEvent ev) {
        if (timer >= 0) vertx.cancelTimer(timer);
        if (client != null) client.close();
    }

    private void probeAll() {
        config.routes().forEach((name, r) -> probe(name, r.upstream()));
    }

    private void probe(String name, String baseUrl) {
        RequestOptions o = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(baseUrl + "/q/health/ready")
                .setIdleTimeout(timeout.toMillis());
        client.request(o)
                .compose(req -> req.send().compose(resp -> resp.body().map(b -> resp.statusCode())))
                .onComplete(ar -> {
                    if (ar.succeeded()) {
                        record(name, ar.result() == 200, ar.result() == 200 ? "UP" : "DOWN (" + ar.result() + ")");
                    } else {
                        record(name, false, "DOWN (unreachable: " + ar.cause().getClass().getSimpleName() + ")");
                    }
                });
    }

    private void record(String name, boolean up, String detail) {
        Instant now = Instant.now();
        states.compute(name, (k, old) -> new State(up, detail, old == null || old.up() != up ? now : old.since(), now));
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("upstreams").up();
        new TreeMap<>(states).forEach((name, s) -> b.withData(name, s.detail() + " since " + s.since()
                + ", " + config.routes().get(name).upstream()));
        return b.build();
    }
}
