package cn.gov.epidemic.kit.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a token issued in the future (beyond the clock skew): SmallRye JWT checks {@code exp}, {@code exp - iat}
 * against {@code smallrye.jwt.time-to-live}, but not an {@code iat} ahead of the clock,
 * which would let a token minted for tomorrow pass today. The failure is a 401 like every other bad token.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    int clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getIssuedAtTime() > 0) {
            long now = System.currentTimeMillis() / 1000;
            if (jwt.getIssuedAtTime() > now + clockSkewSeconds) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
