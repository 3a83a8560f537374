package cn.gov.epidemic.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * SmallRye JWT's parser with a bounded cache of verified tokens, keyed by the exact token string: the gateway reuses
 * one RS256 token per client for 30 s, and verifying its signature again on every request was most of a read's CPU.
 *
 * <p>A token string that is not in the cache (another signature over the same claims is another string) goes through
 * SmallRye's full verification; only a verified token is cached, until its {@code exp}. On every request, cached or
 * not, the claim checks that depend on the clock or the configuration are applied again here: {@code exp} (with the
 * clock skew), issuer, audience, the maximum lifetime ({@code exp - iat}) and the token age; {@code iat} in the
 * future is {@link IssuedAtCheck}'s, and the roles are the endpoint's, both per request as before. Quarkus'
 * {@code MpJwtValidator} injects a {@link JWTParser}: this alternative takes the place of {@link DefaultJWTParser},
 * which it calls for the verification.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokenCache implements JWTParser {

    private final JWTParser verifier;
    private final JWTAuthContextInfo rules;
    private final LongSupplier epochSeconds;
    private final Cache<String, JsonWebToken> cache;

    @Inject
    public VerifiedTokenCache(DefaultJWTParser verifier, JWTAuthContextInfo rules,
                              @ConfigProperty(name = "epidemic.security.token-cache.max-size", defaultValue = "1000") long maxSize) {
        this(verifier, rules, maxSize, Ticker.systemTicker(), () -> System.currentTimeMillis() / 1000);
    }

    /** With the clocks given, for tests: {@code ticker} drives the cache's expiry, {@code epochSeconds} the checks. */
    public VerifiedTokenCache(JWTParser verifier, JWTAuthContextInfo rules, long maxSize, Ticker ticker, LongSupplier epochSeconds) {
        this.verifier = verifier;
        this.rules = rules;
        this.epochSeconds = epochSeconds;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .ticker(ticker)
                // eviction on the calling thread: no ForkJoinPool task per write, and the bound holds when the call returns
                .executor(Runnable::run)
                .expireAfter(new Expiry<String, JsonWebToken>() {
                    @Override
                    public long expireAfterCreate(String token, JsonWebToken jwt, long currentTime) {
                        return TimeUnit.SECONDS.toNanos(Math.max(0, jwt.getExpirationTime() - epochSeconds.getAsLong()));
                    }

                    @Override
                    public long expireAfterUpdate(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
                        return expireAfterCreate(token, jwt, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken jwt = cache.getIfPresent(token);
        if (jwt == null) {
            jwt = verifier.parse(token);
            checkClaims(jwt);
            cache.put(token, jwt);
            return jwt;
        }
        checkClaims(jwt);
        return jwt;
    }

    /** The checks SmallRye made at verification whose outcome can change with the clock, applied on every request. */
    void checkClaims(JsonWebToken jwt) throws ParseException {
        long now = epochSeconds.getAsLong();
        long exp = jwt.getExpirationTime();
        long iat = jwt.getIssuedAtTime();
        if (now >= exp + rules.getClockSkew()) throw new ParseException("the token has expired");
        if (rules.getIssuedBy() != null && !rules.getIssuedBy().equals(jwt.getIssuer())) throw new ParseException("the token's issuer is not the expected one");
        Set<String> audience = rules.getExpectedAudience();
        if (audience != null && !audience.isEmpty() && (jwt.getAudience() == null || Collections.disjoint(audience, jwt.getAudience()))) {
            throw new ParseException("the token's audience is not the expected one");
        }
        Long maxLifetime = rules.getMaxTimeToLiveSecs();
        if (maxLifetime != null && exp - iat > maxLifetime) throw new ParseException("the token lives longer than allowed");
        Long maxAge = rules.getTokenAge();
        if (maxAge != null && now - iat > maxAge) throw new ParseException("the token is older than allowed");
    }

    /** Tokens held now (after pending evictions), for tests and diagnostics. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    // the other operations name their key or context explicitly: not the service's request path, never cached

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
