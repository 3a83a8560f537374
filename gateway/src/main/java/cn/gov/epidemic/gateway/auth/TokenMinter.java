package cn.gov.epidemic.gateway.auth;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import io.netty.util.AsciiString;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The gateway's own token for the services: subject = the client, groups = its roles, RS256, short-lived.
 * One token per client is reused until half its lifetime has passed: an RSA signature per request would cost more
 * CPU than the rest of the proxying. The request id travels beside it in {@code X-Request-Id}.
 */
@ApplicationScoped
public class TokenMinter {

    /** The token and its {@code Authorization} value, kept as ASCII bytes: the header is written without encoding it again. */
    private record Minted(String token, AsciiString authorization, long refreshAfterMillis) {
    }

    @Inject
    GatewayConfig config;

    private PrivateKey key;
    private long lifetimeMillis;
    private final Map<Client, Minted> cache = new ConcurrentHashMap<>();

    void start(@Observes StartupEvent ev) throws Exception {
        String pem = Files.readString(Path.of(config.token().privateKeyLocation()));
        String b64 = pem.lines().filter(l -> !l.startsWith("-----")).collect(Collectors.joining());
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
        lifetimeMillis = config.token().lifetime().toMillis();
    }

    public String tokenFor(Client client) {
        return minted(client).token();
    }

    /** {@code Bearer <token>} for the services' {@code Authorization} header, the same object while the token is reused. */
    public CharSequence authorizationFor(Client client) {
        return minted(client).authorization();
    }

    private Minted minted(Client client) {
        long now = System.currentTimeMillis();
        Minted m = cache.get(client); // the registry hands out the same Client object until the clients file changes
        if (m == null || now > m.refreshAfterMillis()) {
            String token = sign(client);
            m = new Minted(token, new AsciiString("Bearer " + token), now + lifetimeMillis / 2);
            cache.put(client, m);
        }
        return m;
    }

    private String sign(Client client) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(config.token().issuer());
            claims.setSubject(client.name());
            claims.setClaim("upn", client.name());
            claims.setStringListClaim("groups", new ArrayList<>(client.roles()));
            claims.setClaim("via", client.via());
            claims.setIssuedAtToNow();
            claims.setExpirationTime(NumericDate.fromMilliseconds(System.currentTimeMillis() + config.token().lifetime().toMillis()));
            claims.setJwtId(UUID.randomUUID().toString());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setKeyIdHeaderValue("gateway");
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the gateway token", e);
        }
    }
}
