package cn.gov.epidemic.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway is told ({@code gateway.*}): routes, upstream limits, credentials, policy, tokens. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /**
     * The URL callers use (e.g. {@code https://api.epidemic.gov.cn}); it goes into the merged OpenAPI document's servers
     * and rewritten Location headers. None: each answer names the address its request was sent to (see {@code PublicAddress}).
     */
    Optional<String> publicUrl();

    /**
     * Reverse proxies in front of the gateway (their IP addresses, exact): only their {@code X-Forwarded-Host} and
     * {@code X-Forwarded-Proto} name the gateway's address when no public URL is set; anyone else's are ignored.
     */
    Optional<List<String>> trustedProxies();

    /** Routes by name (personnel, supplies, checkpoints ...). */
    Map<String, Route> routes();

    Upstream upstream();

    Breaker breaker();

    /**
     * Route × role policy, first match wins, deny by default. Each rule: {@code METHODS PATH-PATTERN ROLE...}, e.g.
     * {@code GET,HEAD /api/v1/personnel/** personnel:read}; {@code *} for any method; {@code **} matches the rest of
     * the path, {@code *} one segment. A caller needs one of the rule's roles (admin passes every rule).
     */
    List<String> policy();

    /** API keys of client systems: a JSON file, re-read when it changes (keys rotate without downtime). */
    String clientsFile();

    Oidc oidc();

    Token token();

    Cors cors();

    Connections connections();

    Events events();

    /** One route: a path prefix and the service that owns it. */
    interface Route {
        /** e.g. /api/v1/personnel */
        String prefix();

        /** e.g. http://127.0.0.1:8081 */
        String upstream();
    }

    /** Limits of the calls to the services. */
    interface Upstream {
        @WithDefault("1s")
        Duration connectTimeout();

        /** No byte from the service for this long: 504. */
        @WithDefault("10s")
        Duration timeout();

        /** Keep-alive connections per service. */
        @WithDefault("64")
        int poolSize();
    }

    /** Circuit breaker per route: after {@code failures} consecutive failures, answer 503 at once for {@code openFor}. */
    interface Breaker {
        @WithDefault("5")
        int failures();

        @WithDefault("5s")
        Duration openFor();
    }

    /** Bearer tokens from the government identity provider. */
    interface Oidc {
        /** Expected {@code iss}; without it, bearer tokens are not accepted. */
        Optional<String> issuer();

        /** The issuer's public keys: a JWKS URL (https://...), or a JWKS or PEM file. */
        Optional<String> jwks();

        /** Claim holding the roles. */
        @WithDefault("groups")
        String rolesClaim();

        /**
         * The longest a bearer token may live ({@code exp} ahead of now, and {@code iat} behind it): a token valid for
         * longer, or issued longer ago, or issued in the future (beyond a 30 s clock skew), is refused.
         */
        @WithDefault("1h")
        java.time.Duration maxTokenAge();

        /** Rate limit of a caller authenticated by bearer token (requests per second, and burst). */
        @WithDefault("50")
        double ratePerSecond();

        @WithDefault("100")
        int burst();
    }

    /** The gateway's own token, forwarded to the services. */
    interface Token {
        /** PKCS#8 PEM private key (RSA) the services' public key matches. */
        String privateKeyLocation();

        @WithDefault("https://gateway.epidemic.local")
        String issuer();

        /** Short-lived: minted per client and reused until half of it has passed. */
        @WithDefault("60s")
        Duration lifetime();
    }

    /** Browsers: the origins whose pages may call the API (CORS); the preflight is answered before authentication. */
    interface Cors {
        /** Exact origins, e.g. {@code https://portal.gov.example}; none: no browser page may call the API. */
        Optional<List<String>> origins();

        /** How long a browser may cache a preflight answer. */
        @WithDefault("10m")
        Duration maxAge();
    }

    /** Connections of callers (the timeouts of a connection are Quarkus' {@code quarkus.http.idle-timeout}). */
    interface Connections {
        /** Open connections one client address may hold; a request on one more is answered 429 and closed. */
        @WithDefault("256")
        int perAddress();
    }

    /** The event catalogue it serves ({@code /asyncapi}, {@code /docs/events}): where a government system connects. */
    interface Events {
        /**
         * The Kafka bootstrap addresses other systems use ({@code host:port}, comma-separated); they go into the served
         * AsyncAPI document's {@code servers}. None: the document and the page say that it is not configured.
         */
        Optional<List<String>> brokers();

        /** How long the topics keep a record (the broker's {@code log.retention}): what the page tells a consumer. */
        @WithDefault("168h")
        Duration retention();
    }
}
