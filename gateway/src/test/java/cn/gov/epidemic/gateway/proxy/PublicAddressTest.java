package cn.gov.epidemic.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rule of the gateway's own address: configured URL, else a trusted proxy's X-Forwarded-*, else the request's Host. */
class PublicAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void aConfiguredPublicUrlWins() {
        assertEquals("https://api.epidemic.gov.cn", PublicAddress.resolve(Optional.of("https://api.epidemic.gov.cn/"), PROXY,
                "10.0.0.5", "http", "127.0.0.1:8080", "other.example", "http"));
    }

    @Test
    void withoutOneTheRequestsHostOrATrustedProxysForwardedHost() {
        assertEquals("http://127.0.0.1:18080", PublicAddress.resolve(Optional.empty(), PROXY, "192.168.1.9", "http", "127.0.0.1:18080", null, null));
        assertEquals("https://api.hohhot.gov.cn", PublicAddress.resolve(Optional.empty(), PROXY,
                "10.0.0.5", "http", "10.0.0.7:8080", "api.hohhot.gov.cn, inner.proxy", "https,http"));
        // the same headers from anyone else are ignored
        assertEquals("http://10.0.0.7:8080", PublicAddress.resolve(Optional.empty(), PROXY,
                "192.168.1.9", "http", "10.0.0.7:8080", "evil.example", "https"));
        // and a trusted proxy's header that is not an address (a path, a space) is ignored too
        assertEquals("http://10.0.0.7:8080", PublicAddress.resolve(Optional.empty(), PROXY,
                "10.0.0.5", "http", "10.0.0.7:8080", "evil.example/x y", "gopher"));
        assertEquals("https://[::1]:8443", PublicAddress.resolve(Optional.empty(), PROXY, "10.0.0.5", "http", "x:1", "[::1]:8443", "HTTPS"));
    }
}
