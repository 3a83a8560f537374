package cn.gov.epidemic.kit.health;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Readiness of the database: the pool the API uses hands out a connection that answers, within a short bound (it
 * replaces Quarkus' datasource check, which waits as long as a hung database lets it).
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "epidemic.health.database-timeout", defaultValue = "500ms")
    Duration timeout;

    private final BoundedProbe probe = new BoundedProbe("kit-database-probe");

    @Override
    public HealthCheckResponse call() {
        long t0 = System.nanoTime();
        BoundedProbe.Outcome o = probe.check(this::roundTrip, timeout);
        HealthCheckResponseBuilder b = HealthCheckResponse.named("database").status(o.ok())
                .withData("answeredInMs", (System.nanoTime() - t0) / 1_000_000);
        if (!o.ok()) b.withData("error", o.error());
        return b.build();
    }

    /**
     * A plain query, no network timeout: a socket timeout would break a pooled connection that the pool then hands
     * out again; a hung query only holds this probe's thread (the caller is bounded by the probe), and a slow but
     * live server is cancelled by the query timeout.
     */
    private Void roundTrip() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.setQueryTimeout(2);
            st.execute("select 1");
        }
        return null;
    }

    void stop(@Observes ShutdownEvent ev) {
        probe.close();
    }
}
