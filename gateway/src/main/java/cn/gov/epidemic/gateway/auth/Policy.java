package cn.gov.epidemic.gateway.auth;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * The edge's route × role policy ({@link PolicyRules} from {@code gateway.policy[...]}): the same roles per operation
 * as the services' OpenAPI documents state, so that a call the service would refuse never leaves the gateway. The
 * services still check each operation themselves; the build checks that both agree (api-client GatewayPolicyTest).
 */
@ApplicationScoped
public class Policy {

    @Inject
    GatewayConfig config;

    private volatile PolicyRules rules = PolicyRules.parse(List.of());

    void start(@Observes StartupEvent ev) {
        rules = PolicyRules.parse(config.policy());
    }

    /** True when one of the caller's roles is allowed by the first rule that matches. */
    public boolean allows(String method, String path, Set<String> roles) {
        return rules.allows(method, path, roles);
    }
}
