package cn.gov.epidemic.kit.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verified-token cache around SmallRye's real parser (RS256 keys made here): a cached token is served without a
 * second verification, yet every claim check still refuses what it refused before, and the cache stays bounded.
 */
class VerifiedTokenCacheTest {

    private static final String ISSUER = "https://gateway.epidemic.local";
    private static final int SKEW = 60;
    private static final KeyPair KEYS = rsa();
    private static final KeyPair OTHER_KEYS = rsa();

    /** Both clocks of the cache, moved by hand: the expiry's ticker (nanoseconds) and the checks' epoch seconds. */
    private final AtomicLong now = new AtomicLong(System.currentTimeMillis() / 1000);
    private final AtomicLong tickerShift = new AtomicLong();

    private VerifiedTokenCache cache(long maxSize) {
        JWTAuthContextInfo rules = new JWTAuthContextInfo(KEYS.getPublic(), ISSUER);
        rules.setMaxTimeToLiveSecs(600L);
        rules.setClockSkew(SKEW);
        return new VerifiedTokenCache(new DefaultJWTParser(rules), rules, maxSize,
                () -> System.nanoTime() + tickerShift.get(), now::get);
    }

    @Test
    void aVerifiedTokenIsServedFromTheCache() throws Exception {
        VerifiedTokenCache cache = cache(100);
        String token = token(KEYS.getPrivate(), ISSUER, now.get(), 60);
        JsonWebToken first = cache.parse(token);
        assertSame(first, cache.parse(token), "the second request of the same token is not verified again");
        assertEquals("client-1", first.getSubject());
        assertEquals(1, cache.size());
        System.out.println("[test] verified-token cache: 1 token verified once, served twice");
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws Exception {
        VerifiedTokenCache cache = cache(100);
        String token = token(KEYS.getPrivate(), ISSUER, now.get(), 60);
        cache.parse(token);
        // still in the cache (its ticker not moved), but the clock is past exp + skew: the per-request check refuses it
        now.addAndGet(60 + SKEW);
        assertThrows(ParseException.class, () -> cache.parse(token));
        // and once the cache's own expiry has dropped it, the verification of SmallRye's real clock passes again, yet
        // the check on the clock refuses it
        tickerShift.addAndGet(TimeUnit.SECONDS.toNanos(60 + SKEW));
        assertThrows(ParseException.class, () -> cache.parse(token));
    }

    @Test
    void anEntryLivesNoLongerThanTheTokensExp() throws Exception {
        VerifiedTokenCache cache = cache(100);
        String token = token(KEYS.getPrivate(), ISSUER, now.get(), 30);
        JsonWebToken first = cache.parse(token);
        tickerShift.addAndGet(TimeUnit.SECONDS.toNanos(31));
        assertEquals(0, cache.size(), "dropped at exp");
        // within the clock skew it is still a valid token: verified afresh, not the cached object
        assertNotSame(first, cache.parse(token));
    }

    @Test
    void anotherSignatureOverTheClaimsOfACachedTokenIsRefused() throws Exception {
        VerifiedTokenCache cache = cache(100);
        String claims = claims(ISSUER, now.get(), 60);
        String good = signed(KEYS.getPrivate(), claims);
        cache.parse(good);
        String forged = signed(OTHER_KEYS.getPrivate(), claims);
        assertEquals(good.substring(0, good.lastIndexOf('.')), forged.substring(0, forged.lastIndexOf('.')), "same header and claims");
        assertThrows(ParseException.class, () -> cache.parse(forged));
        // a signature altered in the middle (not only in the padding bits of its last character)
        String sig = good.substring(good.lastIndexOf('.') + 1);
        int i = sig.length() / 2;
        String altered = good.substring(0, good.lastIndexOf('.') + 1) + sig.substring(0, i) + (sig.charAt(i) == 'A' ? 'B' : 'A') + sig.substring(i + 1);
        assertThrows(ParseException.class, () -> cache.parse(altered));
        assertEquals(1, cache.size(), "a refused token is not cached");
        cache.parse(good);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefusedAfterAValidOneWasCached() throws Exception {
        VerifiedTokenCache cache = cache(100);
        cache.parse(token(KEYS.getPrivate(), ISSUER, now.get(), 60));
        assertThrows(ParseException.class, () -> cache.parse(token(KEYS.getPrivate(), "https://elsewhere.example", now.get(), 60)));
    }

    @Test
    void aTokenLivingLongerThanTheMaximumIsRefused() throws Exception {
        VerifiedTokenCache cache = cache(100);
        cache.parse(token(KEYS.getPrivate(), ISSUER, now.get(), 60));
        assertThrows(ParseException.class, () -> cache.parse(token(KEYS.getPrivate(), ISSUER, now.get(), 601)));
    }

    @Test
    void theCacheIsBounded() throws Exception {
        VerifiedTokenCache cache = cache(5);
        for (int i = 0; i < 50; i++) cache.parse(token(KEYS.getPrivate(), ISSUER, now.get(), 60));
        long size = cache.size();
        assertTrue(size <= 5, "at most 5 tokens held, not " + size);
        System.out.println("[test] verified-token cache: 50 distinct tokens, " + size + " held (bound 5)");
    }

    private static String claims(String issuer, long iat, long seconds) {
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"client-1\",\"upn\":\"client-1\",\"groups\":[\"personnel:read\"],\"iat\":" + iat
                + ",\"exp\":" + (iat + seconds) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
    }

    private static String token(PrivateKey key, String issuer, long iat, long seconds) throws Exception {
        return signed(key, claims(issuer, iat, seconds));
    }

    private static String signed(PrivateKey key, String claims) throws Exception {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        String input = b.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b.encodeToString(s.sign());
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
