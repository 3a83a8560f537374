package cn.gov.epidemic.testkit;

import java.util.List;

/** Bearer tokens signed with the test key pair, as the gateway would forward them. */
public final class Tokens {

    private Tokens() {
    }

    /** A token for client {@code subject} with these roles, valid for an hour. */
    public static String of(String subject, String... roles) {
        try {
            return RealInfra.keys().token(subject, List.of(roles), 3600);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A correctly signed token that expired an hour ago. */
    public static String expired(String subject, String... roles) {
        try {
            return RealInfra.keys().token(subject, List.of(roles), -3600);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Authorization header value. */
    public static String bearer(String subject, String... roles) {
        return "Bearer " + of(subject, roles);
    }
}
