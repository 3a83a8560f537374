package cn.gov.epidemic.kitweb.problem;

import cn.gov.epidemic.kitweb.i18n.Text;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The HTTP layer below Quarkus REST: assigns the request id, enforces the URI and body limits itself (so that the
 * refusal is a problem, not Vert.x's empty answer) and turns router failures and unmatched routes into problems.
 */
@Singleton
public class ProblemRoutes {

    /** Runs before every Quarkus filter that can refuse a request (body limit at order -2, CORS, auth). */
    static final int FILTER_PRIORITY = 10_000;
    /** Bytes of an over-limit body read and dropped after the 413 (so that the client reads it) before closing. */
    private static final long DRAIN_CAP = 16L * 1024 * 1024;

    /**
     * Quarkus refuses a URI that java.net.URI cannot parse (raw {@code < > " { } | ^}, a bad %-escape) before any
     * router or filter, with an empty 400. Started with {@code -Dvertx.disableURIValidation=true} it skips that
     * check, and this filter performs the same one as its first step, answering with a problem.
     */
    private final boolean validateUri = Boolean.getBoolean("vertx.disableURIValidation");
    private final Problems problems;
    private final int maxUriLength;
    private final long maxBodySize;

    @Inject
    public ProblemRoutes(Problems problems,
                         @ConfigProperty(name = "problem.max-uri-length", defaultValue = "8192") int maxUriLength,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.problems = problems;
        this.maxUriLength = maxUriLength;
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(-1L);
    }

    void filters(@Observes Filters filters) {
        filters.register(this::front, FILTER_PRIORITY);
    }

    void router(@Observes Router router) {
        // no route matched at all (Quarkus REST answers its own 404s; this covers paths outside it)
        router.errorHandler(404, ctx -> problems.send(ctx, new ProblemException(ProblemType.NOT_FOUND, ProblemClassifier.NO_SUCH_PATH)));
        router.errorHandler(405, ctx -> problems.send(ctx, new ProblemException(ProblemType.METHOD_NOT_ALLOWED, ProblemClassifier.METHOD_NOT_SUPPORTED)));
        // any ctx.fail(...) of a Vert.x route; inserted before Quarkus' own last-resort handler (also .last())
        router.route().last().failureHandler(this::failure);
    }

    void front(RoutingContext ctx) {
        String id = RequestIds.of(ctx);
        ctx.response().putHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        HttpServerRequest req = ctx.request();
        if (req.uri().length() > maxUriLength) {
            problems.send(ctx, new ProblemException(ProblemType.URI_TOO_LONG, Text.format("The request URI is longer than %d characters.", "请求 URI 超过 %d 个字符。", maxUriLength)));
            return;
        }
        if (validateUri && !isValidUri(req.uri())) {
            problems.send(ctx, new ProblemException(ProblemType.BAD_REQUEST, Text.of("The request URI is not a valid URI (RFC 3986): percent-encode reserved and non-ASCII characters.",
                    "请求 URI 不是有效的 URI（RFC 3986）：请对保留字符和非 ASCII 字符进行百分号编码。")));
            return;
        }
        String length = req.getHeader("Content-Length");
        if (length != null && maxBodySize >= 0 && isLonger(length, maxBodySize)) {
            drain(req);
            problems.send(ctx, new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.format("The request body is larger than %d bytes.", "请求体超过 %d 字节。", maxBodySize)));
            return;
        }
        ctx.next();
    }

    void failure(RoutingContext ctx) {
        Throwable t = ctx.failure();
        if (t != null && t.getClass().getName().startsWith("io.quarkus.security.")) {
            ProblemException p = ProblemClassifier.classify(t);
            if (p != null && p.status() == 401) ctx.response().putHeader("WWW-Authenticate", "Bearer");
            problems.send(ctx, p);
            return;
        }
        if (t == null) {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            t = new jakarta.ws.rs.WebApplicationException(status);
        } else if (ctx.statusCode() > 0 && ctx.statusCode() < 500 && ProblemClassifier.classify(t) == null) {
            t = new jakarta.ws.rs.WebApplicationException(ctx.statusCode()); // e.g. fail(400, VertxException): keep the 4xx
        }
        problems.send(ctx, problems.classifyAndLog(t, ctx));
    }

    /**
     * What {@code new URI(uri)} accepts. Most request URIs are a path and query of plain characters, which it always
     * accepts: those are answered by a scan of the characters; anything else (non-ASCII, brackets, a fragment, a
     * {@code //} start, a {@code %} not followed by two hex digits) is parsed as before. Parsing every request's URI
     * was a quarter of the bytes a primary-key read allocated.
     */
    static boolean isValidUri(String uri) {
        if (isPlainOriginForm(uri)) return true;
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An absolute path (not {@code //}) and query made only of RFC 2396 unreserved, reserved and escaped characters. */
    static boolean isPlainOriginForm(String uri) {
        int n = uri.length();
        if (n == 0 || uri.charAt(0) != '/' || (n > 1 && uri.charAt(1) == '/')) return false;
        for (int i = 1; i < n; i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= n || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) return false;
                i += 2;
            } else if (c >= 128 || PLAIN.indexOf(c) < 0 && !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII marks, reserved characters and delimiters java.net.URI accepts in a path and a query. */
    private static final String PLAIN = "-_.!~*'();/?:@&=+$,";

    private static boolean isLonger(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Netty has already refused a malformed Content-Length
        }
    }

    /** Reads and drops the body: closing with unread input resets the connection, and the client may miss the 413. */
    private static void drain(HttpServerRequest req) {
        long[] read = {0};
        req.handler(buf -> {
            read[0] += buf.length();
            if (read[0] > DRAIN_CAP) req.connection().close();
        });
        req.resume();
    }
}
