package cn.gov.epidemic.gateway.proxy;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The gateway's own address as its caller knows it (scheme://host[:port]): for OpenAPI {@code servers} and {@code Location}. */
@Singleton
public class PublicAddress {

    /** A host[:port] or [IPv6][:port]: anything else in a header (a path, a second value, a space) is not an address. */
    private static final Pattern AUTHORITY = Pattern.compile("(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?");

    @Inject
    GatewayConfig config;

    private volatile Set<String> trusted;

    /** The configured public URL, or else the address {@code req} was sent to. */
    public String of(HttpServerRequest req) {
        if (trusted == null) trusted = Set.copyOf(config.trustedProxies().orElse(List.of()));
        String peer = req.remoteAddress() == null ? null : req.remoteAddress().host();
        return resolve(config.publicUrl(), trusted, peer, req.scheme(), req.authority() == null ? null : req.authority().toString(),
                req.getHeader("X-Forwarded-Host"), req.getHeader("X-Forwarded-Proto"));
    }

    /**
     * The rule, apart from Vert.x: a configured URL wins; else the {@code X-Forwarded-Host}/{@code -Proto} of a trusted
     * proxy (the first value of each: the one the proxy's own caller used); else the request's scheme and Host.
     */
    static String resolve(Optional<String> configured, Set<String> trustedProxies, String peer, String scheme, String authority,
                          String forwardedHost, String forwardedProto) {
        if (configured.isPresent()) return strip(configured.get());
        String host = authority;
        String proto = scheme == null ? "http" : scheme;
        if (peer != null && trustedProxies.contains(peer)) {
            String fh = first(forwardedHost);
            if (fh != null && AUTHORITY.matcher(fh).matches()) host = fh;
            String fp = first(forwardedProto);
            if ("http".equalsIgnoreCase(fp) || "https".equalsIgnoreCase(fp)) proto = fp.toLowerCase(java.util.Locale.ROOT);
        }
        return proto + "://" + (host == null ? "localhost" : host);
    }

    private static String first(String header) {
        if (header == null) return null;
        int comma = header.indexOf(',');
        String v = (comma < 0 ? header : header.substring(0, comma)).trim();
        return v.isEmpty() ? null : v;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
