package cn.gov.epidemic.gateway.proxy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The path normalisation alone: RFC 3986 dot-segment removal after decoding %2e, and what it refuses. */
class RequestPathsTest {

    private static String n(String raw) throws RequestPaths.Refused {
        return RequestPaths.normalise(raw);
    }

    @Test
    void aNormalPathIsTheSameInstance() throws Exception {
        String p = "/api/v1/personnel/people/4f1c0f6e-1b7e-4d55-9d7a-0c9f0e3b2a11";
        assertSame(p, n(p));
        String dots = "/api/v1/supplies/file.v2..json";
        assertSame(dots, n(dots), "dots inside a segment are no dot segment");
    }

    @Test
    void dotSegmentsAreRemovedAfterDecodingDots() throws Exception {
        assertEquals("/q/metrics", n("/api/v1/checkpoints/../../../q/metrics"));
        assertEquals("/q/metrics", n("/api/v1/checkpoints/%2e%2e/%2e%2e/%2e%2e/q/metrics"));
        assertEquals("/q/health", n("/api/v1/checkpoints/%2E%2e/%2e%2E/%2E%2E/q/health"));
        assertEquals("/q/openapi", n("/api/v1/checkpoints/.%2e/%2e./.%2E/q/openapi"));
        assertEquals("/api/v1/supplies/items", n("/api/v1/supplies/./items"));
        assertEquals("/api/v1/supplies/items", n("/api/v1/supplies/%2e/items"));
        assertEquals("/api/v1/supplies/items", n("/api/v1/supplies/lots/../items"));
        assertEquals("/api/v1/supplies/", n("/api/v1/supplies/items/.."));
        assertEquals("/api/v1/supplies/.../items", n("/api/v1/supplies/%2e%2e%2e/items"), "three dots are a name");
    }

    @Test
    void repeatedSlashesAreMergedAndATrailingSlashKept() throws Exception {
        assertEquals("/api/v1/supplies/items", n("/api/v1/supplies//items"));
        assertEquals("/api/v1/supplies/items/", n("//api///v1/supplies/items//"));
        assertEquals("/", n("/./"));
    }

    @Test
    void escapedUnreservedCharactersAreDecodedAsTheServicesRouterDoes() throws Exception {
        // the edge policy must see the path the service will serve: %70ass-keys is pass-keys there
        assertEquals("/api/v1/checkpoints/pass-keys", n("/api/v1/checkpoints/%70ass-keys"));
        assertEquals("/api/v1/checkpoints/pass-keys/rotation", n("/api/v1/checkpoints/%70%61ss%2Dkeys/rotati%6Fn"));
        assertEquals("/q/metrics", n("/api/v1/checkpoints/%2e%2e/%2e%2e/%2e%2e/%71/metrics"));
        assertEquals("/api/v1/supplies/a_b~c", n("/api/v1/supplies/a%5Fb%7Ec"));
    }

    @Test
    void otherEscapesStayAsSent() throws Exception {
        assertEquals("/api/v1/supplies/items/%E5%8F%A3%20x/x", n("/api/v1/supplies/items/%E5%8F%A3%20x/./x"));
        assertEquals("/api/v1/supplies/%252e%252e", n("/api/v1/supplies/./%252e%252e"), "decoded once, not twice");
    }

    @Test
    void encodedSeparatorsBackslashesAndClimbingAboveTheRootAreRefused() {
        for (String raw : new String[] {"/api/v1/checkpoints/..%2f..%2f..%2fq/metrics", "/api/v1/checkpoints%2F..%2Fq",
                "/api/v1/checkpoints/..%5c..%5cq", "/api/v1/checkpoints/..\\..\\q", "/api/v1/checkpoints/%5C",
                "/api/../../q/metrics", "/..", "/api/v1/checkpoints/%2", "/api/v1/checkpoints/%zz"}) {
            assertThrows(RequestPaths.Refused.class, () -> n(raw), raw);
        }
    }
}
