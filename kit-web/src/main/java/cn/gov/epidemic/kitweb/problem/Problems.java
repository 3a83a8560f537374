package cn.gov.epidemic.kitweb.problem;

import cn.gov.epidemic.kitweb.i18n.Languages;
import cn.gov.epidemic.kitweb.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders problems (one code path for Quarkus REST mappers and raw Vert.x handlers) in the caller's language
 * ({@code Accept-Language}: Chinese by default, English for {@code en}; {@code Content-Language} says which) and logs
 * by severity.
 */
@Singleton
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);
    /** Headers of a WebApplicationException's response that a problem keeps (Allow on 405, Retry-After on 503 ...). */
    private static final Set<String> SKIPPED_HEADERS = Set.of("content-type", "content-length", "transfer-encoding");

    static final String RETRY_AFTER = "Retry-After";
    static final String CONTENT_LANGUAGE = "Content-Language";
    /** The last-resort answer's detail: nothing about the fault, only what the caller can do. */
    private static final Text INTERNAL_DETAIL = Text.of("The request could not be completed; quote the requestId when reporting it.",
            "请求未能完成；报告问题时请提供 requestId。");

    private final ObjectMapper mapper;
    private final ProblemTypeBase typeBase;
    private final String retryAfter;

    @Inject
    public Problems(ObjectMapper mapper, ProblemTypeBase typeBase,
                    @ConfigProperty(name = "problem.retry-after-seconds", defaultValue = "5") int retryAfterSeconds) {
        this.mapper = mapper;
        this.typeBase = typeBase;
        this.retryAfter = String.valueOf(retryAfterSeconds);
    }

    /** The language of the answer to {@code ctx}'s request. */
    public static Locale language(RoutingContext ctx) {
        return Languages.of(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** For Quarkus REST exception mappers. */
    public Response toResponse(Throwable failure, RoutingContext ctx) {
        if (answeredOrGone(ctx)) {
            // e.g. Quarkus' stream already sent a bare 413 for an over-limit chunked body, or the client left:
            // nothing can be written; rethrown, it ends in failure() below, which only logs at debug level
            throw sneaky(failure);
        }
        ProblemException p = classifyAndLog(failure, ctx);
        Response.ResponseBuilder rb = Response.status(p == null ? 500 : p.status())
                .type(Problem.MEDIA_TYPE)
                .header(CONTENT_LANGUAGE, Languages.tag(language(ctx)))
                .entity(bytes(p, ctx)); // pre-serialised: no content negotiation can turn this into a 406/500
        if (failure instanceof WebApplicationException wae && wae.getResponse() != null) {
            wae.getResponse().getStringHeaders().forEach((name, values) -> {
                if (!SKIPPED_HEADERS.contains(name.toLowerCase()) && !CONTENT_LANGUAGE.equalsIgnoreCase(name)) values.forEach(v -> rb.header(name, v));
            });
        }
        Response r = rb.build();
        // every 503 says when to come back (RFC 9110 §10.2.3); one set by the code that refused is kept
        return r.getStatus() == 503 && r.getHeaderString(RETRY_AFTER) == null ? Response.fromResponse(r).header(RETRY_AFTER, retryAfter).build() : r;
    }

    /** For Vert.x handlers (router failures, limits, unmatched routes). */
    public void send(RoutingContext ctx, ProblemException p) {
        HttpServerResponse r = ctx.response();
        if (r.headWritten()) {
            if (!r.ended() && !r.closed()) r.end();
            return;
        }
        byte[] body = bytes(p, ctx);
        if (p != null && p.status() == 503 && !r.headers().contains(RETRY_AFTER)) r.putHeader(RETRY_AFTER, retryAfter);
        r.setStatusCode(p == null ? 500 : p.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(CONTENT_LANGUAGE, Languages.tag(language(ctx)))
                .putHeader(RequestIds.HEADER, RequestIds.of(ctx))
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    public ProblemException classifyAndLog(Throwable failure, RoutingContext ctx) {
        ProblemException p = ProblemClassifier.classify(failure);
        String id = RequestIds.of(ctx);
        if (answeredOrGone(ctx)) {
            LOG.debugf(failure, "request %s %s: response already sent or connection closed (requestId=%s)", ctx.request().method(), path(ctx), id);
        } else if (p != null && p.status() == 503) {
            // an outage (database down or hanging, overload), not a bug: one line per request, no stack trace
            LOG.warnf("request %s %s answered 503 %s (requestId=%s): %s", ctx.request().method(), path(ctx), p.slug(), id, innermost(failure));
        } else if (p == null || p.status() >= 500) {
            LOG.errorf(failure, "request %s %s %s failed (requestId=%s)", ctx.request().method(), path(ctx), p == null ? "500" : p.status(), id);
        } else if (p.type() == ProblemType.INVALID_VALUE) {
            // the database refused a value that validation let through: tighten the DTO's constraints
            LOG.warnf("request %s %s: value refused by the database, validation gap (requestId=%s): %s", ctx.request().method(), path(ctx), id, failure);
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf(failure, "request %s %s answered %d %s (requestId=%s)", ctx.request().method(), path(ctx), p.status(), p.slug(), id);
        }
        return p;
    }

    private static String innermost(Throwable t) {
        Throwable c = t;
        for (int i = 0; i < 16 && c.getCause() != null && c.getCause() != c; i++) c = c.getCause();
        return c.toString();
    }

    static boolean answeredOrGone(RoutingContext ctx) {
        return ctx.response().headWritten() || ctx.response().closed();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    byte[] bytes(ProblemException p, RoutingContext ctx) {
        Locale lang = language(ctx);
        String base = typeBase.of(ctx);
        Problem body = p == null
                ? new Problem(base + ProblemType.INTERNAL.slug(), ProblemType.INTERNAL.title().in(lang), 500,
                INTERNAL_DETAIL.in(lang), path(ctx), RequestIds.of(ctx), null)
                : new Problem(p.slug() == null ? "about:blank" : base + p.slug(), p.title().in(lang), p.status(), p.detailText().in(lang),
                path(ctx), RequestIds.of(ctx), violations(p.violations(), lang));
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) { // cannot happen for this record; never fail while failing
            return ("{\"title\":\"Internal server error\",\"status\":500,\"requestId\":\"" + RequestIds.of(ctx) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static List<Problem.Violation> violations(List<ProblemException.Violation> list, Locale lang) {
        // at most MAX_VIOLATIONS, as the document says: a body of 200 bad lines must not answer with a megabyte
        return list == null ? null : list.stream().limit(Problem.MAX_VIOLATIONS).map(v -> new Problem.Violation(v.field(), v.message().in(lang))).toList();
    }

    private static String path(RoutingContext ctx) {
        String p = ctx.request().path();
        return p == null || p.length() <= 2048 ? p : p.substring(0, 2048) + "...";
    }
}
