package cn.gov.epidemic.gateway.auth;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies bearer tokens of the government identity provider (OIDC): signature by one of the issuer's published
 * keys (JWKS over HTTPS, cached and refreshed by jose4j, or a local JWKS/PEM file), issuer, expiry (30 s skew).
 */
@ApplicationScoped
public class OidcVerifier {

    private static final Logger LOG = Logger.getLogger(OidcVerifier.class);

    @Inject
    GatewayConfig config;

    private volatile JwtConsumer consumer;

    void start(@Observes StartupEvent ev) {
        if (config.oidc().issuer().isEmpty() || config.oidc().jwks().isEmpty()) {
            LOG.info("no OIDC issuer configured: bearer tokens are refused, API keys only");
            return;
        }
        try {
            String jwks = config.oidc().jwks().get();
            int maxAge = (int) config.oidc().maxTokenAge().toSeconds();
            JwtConsumerBuilder b = new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setAllowedClockSkewInSeconds(30)
                    // a token minted for tomorrow, or one that lives for days, is not an identity provider's session token
                    .setRequireIssuedAt()
                    .setIssuedAtRestrictions(30, maxAge)
                    .setMaxFutureValidityInMinutes(Math.max(1, maxAge / 60))
                    .setRequireSubject()
                    .setExpectedIssuer(config.oidc().issuer().get())
                    .setSkipDefaultAudienceValidation();
            if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
                b.setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwks)));
            } else {
                String text = Files.readString(Path.of(jwks));
                if (text.contains("-----BEGIN PUBLIC KEY-----")) {
                    b.setVerificationKey(pem(text));
                } else {
                    b.setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(text).getJsonWebKeys()));
                }
            }
            consumer = b.build();
            LOG.infof("bearer tokens accepted from issuer %s", config.oidc().issuer().get());
        } catch (Exception e) {
            LOG.errorf("OIDC keys could not be loaded from %s: %s; bearer tokens are refused", config.oidc().jwks().orElse(""), e.getMessage());
        }
    }

    /** The caller of a valid token; null when the token is invalid, expired or from another issuer. */
    public Client verify(String token) {
        JwtConsumer c = consumer;
        if (c == null) return null;
        try {
            JwtClaims claims = c.processToClaims(token);
            Object raw = claims.getClaimValue(config.oidc().rolesClaim());
            Set<String> roles = new LinkedHashSet<>();
            if (raw instanceof List<?> list) list.forEach(r -> roles.add(String.valueOf(r)));
            else if (raw instanceof String s) roles.addAll(List.of(s.split("[ ,]+")));
            return new Client("oidc:" + claims.getSubject(), Set.copyOf(roles), config.oidc().ratePerSecond(), config.oidc().burst(), "bearer");
        } catch (Exception e) {
            LOG.debugf("bearer token refused: %s", e.getMessage());
            return null;
        }
    }

    private static PublicKey pem(String text) throws Exception {
        String b64 = text.lines().filter(l -> !l.startsWith("-----")).collect(Collectors.joining());
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
    }
}
