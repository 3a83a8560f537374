package cn.gov.epidemic.testkit;

import java.time.Instant;
import java.util.List;

/** Bearer tokens signed with the test key pair, as the gateway would forward them (it mints 60 s tokens). */
public final class Tokens {

    private Tokens() {
    }

    /** A token for client {@code subject} with these roles, issued now, valid for 5 minutes (the services take ≤ 10). */
    public static String of(String subject, String... roles) {
        return issued(subject, Instant.now(), 300, roles);
    }

    /** A correctly signed token that expired an hour ago. */
    public static String expired(String subject, String... roles) {
        return issued(subject, Instant.now().minusSeconds(3900), 300, roles);
    }

    /** A correctly signed token with this {@code iat} and lifetime ({@code exp = iat + seconds}). */
    public static String issued(String subject, Instant issuedAt, long seconds, String... roles) {
        try {
            return RealInfra.keys().token(subject, List.of(roles), issuedAt, seconds);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token of exactly these claims (JSON), signed with the test key: another issuer, a copied payload. */
    public static String signed(String claims) {
        try {
            return RealInfra.keys().signed(claims);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Authorization header value. */
    public static String bearer(String subject, String... roles) {
        return "Bearer " + of(subject, roles);
    }
}
