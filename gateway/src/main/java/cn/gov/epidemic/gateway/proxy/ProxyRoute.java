package cn.gov.epidemic.gateway.proxy;

import cn.gov.epidemic.gateway.auth.Client;
import cn.gov.epidemic.gateway.auth.ClientRegistry;
import cn.gov.epidemic.gateway.auth.OidcVerifier;
import cn.gov.epidemic.gateway.auth.Policy;
import cn.gov.epidemic.gateway.auth.RateLimiter;
import cn.gov.epidemic.gateway.auth.TokenMinter;
import cn.gov.epidemic.gateway.config.GatewayConfig;
import cn.gov.epidemic.kit.problem.ProblemException;
import cn.gov.epidemic.kit.problem.ProblemType;
import cn.gov.epidemic.kit.problem.Problems;
import cn.gov.epidemic.kit.problem.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's request path, on the Vert.x event loop: route by prefix → authenticate (API key or bearer) →
 * rate limit → policy → circuit breaker → forward with the gateway's own token, streaming both bodies over a
 * keep-alive pool. Failures of the service become 502/503/504 problems, never a hang.
 */
@Singleton
public class ProxyRoute {

    private static final Logger ACCESS = Logger.getLogger("gateway.access");
    private static final Logger AUDIT = Logger.getLogger("gateway.audit");
    public static final String API_KEY_HEADER = "X-API-Key";
    /** Request headers passed to the services; everything else (cookies, caller-made internal headers ...) stays here. */
    static final Set<String> FORWARDED_REQUEST_HEADERS = Set.of("accept", "accept-language", "content-type", "content-length",
            "if-match", "if-none-match", "idempotency-key", "user-agent", "traceparent", "tracestate");
    /** Response headers that belong to one connection and are never relayed. */
    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
            "trailer", "transfer-encoding", "upgrade", "x-request-id");

    @Inject
    GatewayConfig config;
    @Inject
    ClientRegistry clients;
    @Inject
    OidcVerifier oidc;
    @Inject
    Policy policy;
    @Inject
    RateLimiter limiter;
    @Inject
    TokenMinter tokens;
    @Inject
    Problems problems;
    @Inject
    MeterRegistry metrics;
    @Inject
    Vertx vertx;

    private final List<Upstream> upstreams = new ArrayList<>();
    private final Map<String, Counter> errorCounters = new ConcurrentHashMap<>();
    /** One timer per route, method and status, looked up without building a meter id per request. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private HttpClient http;

    void router(@Observes Router router) {
        config.routes().forEach((name, r) -> upstreams.add(new Upstream(name, r.prefix(), r.upstream(),
                config.breaker().failures(), config.breaker().openFor().toMillis())));
        upstreams.sort((a, b) -> b.prefix.length() - a.prefix.length()); // longest prefix first
        http = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.upstream().poolSize())
                .setConnectTimeout((int) config.upstream().connectTimeout().toMillis())
                .setDecompressionSupported(false));
        router.route().order(-1000).handler(this::handle);
    }

    /** The routes, for health checks and the OpenAPI merge. */
    public List<String[]> routes() {
        return upstreams.stream().map(u -> new String[] {u.name, u.prefix, u.baseUrl}).toList();
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        Upstream up = match(req.path());
        if (up == null) {
            ctx.next(); // not an API path: the gateway's own endpoints (/openapi, /docs, /q/...) or a 404 problem
            return;
        }
        req.pause(); // the body is streamed to the service once the request is admitted
        long start = System.nanoTime();
        authenticate(ctx).onComplete(ar -> {
            Client client = ar.succeeded() ? ar.result() : null;
            if (client == null) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer, ApiKey header=\"" + API_KEY_HEADER + "\"");
                refuse(ctx, up, null, start, new ProblemException(ProblemType.UNAUTHORIZED,
                        "Send an API key in " + API_KEY_HEADER + " or a bearer token of the government identity provider."));
                return;
            }
            RateLimiter.Decision d = limiter.take(client);
            HttpServerResponse resp = ctx.response();
            resp.putHeader("RateLimit-Limit", String.valueOf(d.limit()))
                    .putHeader("RateLimit-Remaining", String.valueOf(d.remaining()))
                    .putHeader("RateLimit-Reset", String.valueOf(d.resetSeconds()));
            if (!d.allowed()) {
                resp.putHeader("Retry-After", String.valueOf(d.retryAfterSeconds()));
                refuse(ctx, up, client, start, new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                        "Client " + client.name() + " is limited to " + client.ratePerSecond() + " requests per second (burst " + client.burst() + "); retry after "
                                + d.retryAfterSeconds() + " s."));
                return;
            }
            if (!policy.allows(req.method().name(), req.path(), client.roles())) {
                refuse(ctx, up, client, start, new ProblemException(ProblemType.FORBIDDEN,
                        "Client " + client.name() + " has no role that permits " + req.method().name() + " on this path."));
                return;
            }
            if (!up.admit()) {
                resp.putHeader("Retry-After", String.valueOf(up.retryAfterSeconds()));
                refuse(ctx, up, client, start, new ProblemException(ProblemType.UNAVAILABLE,
                        "The " + up.name + " service is failing; the gateway stops sending it requests for a few seconds."));
                return;
            }
            forward(ctx, up, client, start);
        });
    }

    private Upstream match(String path) {
        if (path == null) return null;
        for (Upstream u : upstreams) {
            if (u.matches(path)) return u;
        }
        return null;
    }

    private Future<Client> authenticate(RoutingContext ctx) {
        String key = ctx.request().getHeader(API_KEY_HEADER);
        if (key != null) return Future.succeededFuture(key.isBlank() ? null : clients.byKey(key.trim()));
        String auth = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = auth.substring(7).trim();
            // the first use of a JWKS URL may fetch it: off the event loop
            return vertx.executeBlocking(() -> oidc.verify(token), false);
        }
        return Future.succeededFuture(null);
    }

    private void forward(RoutingContext ctx, Upstream up, Client client, long start) {
        HttpServerRequest req = ctx.request();
        String requestId = RequestIds.of(ctx);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        req.headers().forEach(h -> {
            if (FORWARDED_REQUEST_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT))) headers.add(h.getKey(), h.getValue());
        });
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tokenFor(client));
        headers.set(RequestIds.HEADER, requestId);
        String remote = req.remoteAddress() == null ? "unknown" : req.remoteAddress().host();
        headers.set("X-Forwarded-For", remote);
        headers.set("X-Forwarded-Proto", req.scheme() == null ? "http" : req.scheme());
        if (req.authority() != null) headers.set("X-Forwarded-Host", req.authority().toString());
        RequestOptions options = new RequestOptions()
                .setMethod(req.method())
                .setHost(up.host).setPort(up.port).setSsl(up.tls)
                .setURI(req.uri())
                .setHeaders(headers)
                .setConnectTimeout(config.upstream().connectTimeout().toMillis())
                .setIdleTimeout(config.upstream().timeout().toMillis());
        http.request(options)
                .compose(creq -> {
                    if (req.getHeader(HttpHeaders.CONTENT_LENGTH) == null && req.method() != HttpMethod.GET && req.method() != HttpMethod.HEAD) {
                        creq.setChunked(true);
                    }
                    return creq.send(req);
                })
                .onSuccess(cresp -> relay(ctx, up, client, start, cresp))
                .onFailure(err -> {
                    up.failure();
                    failed(ctx, up, client, start, err);
                });
    }

    private void relay(RoutingContext ctx, Upstream up, Client client, long start, HttpClientResponse cresp) {
        if (cresp.statusCode() == 502 || cresp.statusCode() == 503 || cresp.statusCode() == 504) up.failure();
        else up.success();
        HttpServerResponse resp = ctx.response();
        resp.setStatusCode(cresp.statusCode());
        cresp.headers().forEach(h -> {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name)) return;
            String value = h.getValue();
            if (name.equals("location") && value.startsWith(up.baseUrl)) value = config.publicUrl() + value.substring(up.baseUrl.length());
            resp.headers().add(h.getKey(), value);
        });
        resp.send(cresp).onComplete(done -> log(ctx, up, client, start, cresp.statusCode(), done.failed() ? "stream-broken" : null));
    }

    private void failed(RoutingContext ctx, Upstream up, Client client, long start, Throwable err) {
        String kind;
        ProblemException p;
        if (isConnectFailure(err)) {
            kind = "unavailable";
            p = new ProblemException(ProblemType.UNAVAILABLE, "The " + up.name + " service cannot be reached; retry later.");
            ctx.response().putHeader("Retry-After", "5");
        } else if (isTimeout(err)) {
            kind = "timeout";
            p = new ProblemException(ProblemType.GATEWAY_TIMEOUT, "The " + up.name + " service did not answer within "
                    + config.upstream().timeout().toMillis() + " ms; the request may or may not have taken effect (retry with the same Idempotency-Key).");
        } else {
            kind = "bad-gateway";
            p = new ProblemException(ProblemType.BAD_GATEWAY, "The " + up.name + " service gave no valid answer.");
        }
        errorCounters.computeIfAbsent(up.name + "|" + kind, k -> Counter.builder("gateway.upstream.errors")
                .tag("route", up.name).tag("kind", kind).register(metrics)).increment();
        refuse(ctx, up, client, start, p);
    }

    private static boolean isConnectFailure(Throwable err) {
        for (Throwable t = err; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t.getClass().getSimpleName().contains("ConnectTimeout")
                    || t.getClass().getSimpleName().contains("ConnectionPoolTooBusy")) return true;
        }
        return false;
    }

    private static boolean isTimeout(Throwable err) {
        for (Throwable t = err; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t.getClass().getSimpleName().contains("Timeout")
                    || (t.getMessage() != null && t.getMessage().contains("timeout period"))) return true;
        }
        return false;
    }

    private void refuse(RoutingContext ctx, Upstream up, Client client, long start, ProblemException p) {
        problems.send(ctx, p);
        ctx.request().resume(); // drop the unread body, so that the connection can be reused
        log(ctx, up, client, start, p.status(), p.slug());
    }

    private void log(RoutingContext ctx, Upstream up, Client client, long start, int status, String note) {
        long nanos = System.nanoTime() - start;
        HttpServerRequest req = ctx.request();
        String who = client == null ? "-" : client.name();
        String rid = RequestIds.of(ctx);
        ACCESS.infof("%s %s %d %.1fms client=%s route=%s rid=%s%s", req.method(), req.path(), status, nanos / 1e6, who, up.name, rid,
                note == null ? "" : " " + note);
        if (req.method() != HttpMethod.GET && req.method() != HttpMethod.HEAD && req.method() != HttpMethod.OPTIONS) {
            AUDIT.infof("write client=%s method=%s path=%s status=%d rid=%s", who, req.method(), req.path(), status, rid);
        }
        String method = req.method().name();
        timers.computeIfAbsent(up.name + ' ' + method + ' ' + status, k -> Timer.builder("gateway.requests").tag("route", up.name)
                .tag("method", method).tag("status", String.valueOf(status)).register(metrics)).record(nanos, TimeUnit.NANOSECONDS);
    }
}
