package cn.gov.epidemic.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The access-log line, built without a printf format, reads exactly as the format it replaced. */
class AccessLineTest {

    @Test
    void readsAsThePrintfFormatDid() {
        long[] latencies = {0, 49_999, 50_000, 950_000, 1_234_567, 12_345_678, 999_950_000, 3_600_000_000_000L};
        int checked = 0;
        for (long nanos : latencies) {
            for (String note : new String[] {null, "caller-gone"}) {
                String expected = String.format(Locale.ROOT, "%s %s %d %.1fms client=%s route=%s rid=%s%s", HttpMethod.GET,
                        "/api/v1/personnel/divisions/150100", 200, nanos / 1e6, "demo", "personnel", "r-1", note == null ? "" : " " + note);
                assertEquals(expected, ProxyRoute.accessLine(HttpMethod.GET, "/api/v1/personnel/divisions/150100", 200, nanos, "demo",
                        "personnel", "r-1", note));
                checked++;
            }
        }
        System.out.printf("[test] access-log lines compared with the printf format: %d%n", checked);
    }
}
