package cn.gov.epidemic.gateway.proxy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The breaker alone: failures open it, a success closes it, an outcome the caller caused frees the trial. */
class UpstreamTest {

    @Test
    void consecutiveFailuresOpenItAndASuccessClosesIt() throws Exception {
        Upstream u = new Upstream("supplies", "/api/v1/supplies", "http://127.0.0.1:8082", 2, 50);
        u.failure();
        assertTrue(u.admit());
        u.failure();
        assertTrue(u.open());
        assertFalse(u.admit(), "open: refused at once");
        Thread.sleep(80);
        assertTrue(u.admit(), "half-open: one trial");
        assertFalse(u.admit(), "only one");
        u.success();
        assertFalse(u.open());
        assertTrue(u.admit());
    }

    @Test
    void aTrialEndedByTheCallerLetsTheNextOneThrough() throws Exception {
        Upstream u = new Upstream("supplies", "/api/v1/supplies", "http://127.0.0.1:8082", 1, 10);
        u.failure();
        Thread.sleep(30);
        assertTrue(u.admit());
        u.neutral(); // the caller hung up, or sent too large a body: the service proved nothing
        assertTrue(u.admit(), "not stuck half-open");
        assertTrue(u.open(), "and still not closed");
    }

    @Test
    void theRouteMatchesWholeSegmentsOfItsPrefix() {
        Upstream u = new Upstream("supplies", "/api/v1/supplies/", "http://127.0.0.1:8082/", 5, 5000);
        assertTrue(u.matches("/api/v1/supplies"));
        assertTrue(u.matches("/api/v1/supplies/items"));
        assertFalse(u.matches("/api/v1/suppliesx"));
        assertFalse(u.matches("/api/v1/supplies%2fitems"));
    }
}
