package cn.gov.epidemic.gateway.problems;

import cn.gov.epidemic.gateway.proxy.PublicAddress;
import cn.gov.epidemic.kitweb.problem.ProblemTypeBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The gateway's problems point at its own pages: {@code problem.type-base} when configured (the launcher sets the same
 * one for the services), else the gateway's public address for this caller ({@code gateway.public-url}, or the request's
 * Host / trusted X-Forwarded-*, as for {@code servers} and {@code Location}) + {@code /problems/}.
 */
@Singleton
public class GatewayProblemTypeBase implements ProblemTypeBase {

    @Inject
    PublicAddress address;
    @ConfigProperty(name = "problem.type-base")
    Optional<String> configured;

    @Override
    public String of(RoutingContext ctx) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String b = configured.get();
            return b.endsWith("/") ? b : b + "/";
        }
        return address.of(ctx.request()) + "/problems/";
    }
}
