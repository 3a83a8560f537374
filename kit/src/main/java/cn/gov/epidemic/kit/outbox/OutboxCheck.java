package cn.gov.epidemic.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The broker's state and the outbox backlog, in a check that stays UP: a broker outage delays events but never
 * fails a write (the outbox keeps them), so it is no reason to take the service out of readiness. It reads what
 * {@link BrokerState} and {@link OutboxBacklog} last saw and waits on nothing.
 */
@Readiness
@ApplicationScoped
public class OutboxCheck implements HealthCheck {

    @Inject
    BrokerState broker;
    @Inject
    OutboxBacklog backlog;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxConfig config;

    @Override
    public HealthCheckResponse call() {
        BrokerState.Observation o = broker.last();
        OutboxBacklog.Snapshot s = backlog.snapshot();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("outbox").up()
                .withData("broker", o.up() ? "UP" : "DOWN")
                .withData("brokerSince", broker.since().toString())
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
