package cn.gov.epidemic.kitweb.ops;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The public port's {@code /q/health/live} and {@code /q/health/ready}: only {@code {"status":"UP"|"DOWN"}}, computed
 * from the same checks as the detailed health of the management interface, so that no internal address or state
 * leaves through the public port.
 */
@Singleton
public class PublicHealth {

    /** The checks bound themselves; this is the last guard of "every health answer within 1 s". */
    static final Duration DEADLINE = Duration.ofMillis(900);
    private static final String UP = "{\"status\":\"UP\"}";
    private static final String DOWN = "{\"status\":\"DOWN\"}";

    @Inject
    SmallRyeHealthReporter reporter;

    void routes(@Observes Router router) {
        // before Quarkus REST (its root path is /), after the gateway's proxy route (which passes /q/ paths on)
        router.route("/q/health/live").order(-100).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(ctx -> answer(ctx, reporter.getLivenessAsync()));
        router.route("/q/health/ready").order(-100).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(ctx -> answer(ctx, reporter.getReadinessAsync()));
    }

    private static void answer(RoutingContext ctx, Uni<SmallRyeHealth> health) {
        health.map(h -> !h.isDown())
                .ifNoItem().after(DEADLINE).recoverWithItem(false)
                .onFailure().recoverWithItem(false)
                .subscribe().with(up -> {
                    if (ctx.response().ended() || ctx.response().closed()) return;
                    ctx.response().setStatusCode(up ? 200 : 503)
                            .putHeader("Content-Type", "application/json")
                            .putHeader("Cache-Control", "no-store");
                    if (!up) ctx.response().putHeader("Retry-After", "5"); // like every 503 of the suite
                    ctx.response().end(up ? UP : DOWN);
                });
    }
}
