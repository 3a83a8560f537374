package cn.gov.epidemic.gateway.proxy;

import cn.gov.epidemic.gateway.auth.Client;
import cn.gov.epidemic.gateway.auth.ClientRegistry;
import cn.gov.epidemic.gateway.auth.OidcVerifier;
import cn.gov.epidemic.gateway.auth.Policy;
import cn.gov.epidemic.gateway.auth.RateLimiter;
import cn.gov.epidemic.gateway.auth.TokenMinter;
import cn.gov.epidemic.gateway.config.GatewayConfig;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.problem.Problems;
import cn.gov.epidemic.kitweb.problem.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.util.concurrent.EventExecutor;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's request path, on the Vert.x event loop: route by prefix → authenticate (API key or bearer) →
 * rate limit → policy → circuit breaker → forward with the gateway's own token, streaming both bodies over a
 * keep-alive pool. Failures of the service become 502/503/504 problems, never a hang; what the caller causes
 * (a refusal, a body over the limit, a hang-up) never counts against the service's breaker.
 */
@Singleton
public class ProxyRoute {

    private static final Logger LOG = Logger.getLogger(ProxyRoute.class);
    private static final Logger ACCESS = Logger.getLogger("gateway.access");
    private static final Logger AUDIT = Logger.getLogger("gateway.audit");
    public static final String API_KEY_HEADER = "X-API-Key";
    /**
     * Request headers passed to the services; everything else (cookies, caller-made internal headers ...) stays here.
     * Ordered ignoring case, so that a caller's header name is looked up as sent, without a lower-cased copy per header.
     */
    static final Set<String> FORWARDED_REQUEST_HEADERS = ignoringCase("accept", "accept-language", "content-type", "content-length",
            "if-match", "if-none-match", "idempotency-key", "user-agent", "traceparent", "tracestate");
    /** Route order of the proxy: after the kit's request filter (Quarkus filters run at minus their priority). */
    static final int ORDER = -1000;
    /** Just above the kit's request filter (priority 10 000), which may refuse a request. */
    static final int TAGGING_FILTER_PRIORITY = 10_001;
    /** The context key Quarkus' HTTP server metrics read a request's URI template from (Quarkus REST sets it too). */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    /** The {@code uri} tag of a request refused before any route of its own (never its raw path). */
    static final String REFUSED_URI = "/{refused}";
    /** Bytes of a body over the limit read and dropped after the 413 (so that the caller reads it) before closing. */
    static final long DRAIN_CAP = 16L * 1024 * 1024;
    static final Set<HttpMethod> TAGGED_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);
    /** What a browser page may send (the credentials included) and read (ids, versions, limits) across origins. */
    static final Set<String> CORS_ALLOWED_HEADERS = Set.of("Authorization", API_KEY_HEADER, "Content-Type", "Accept", "Accept-Language",
            "Idempotency-Key", "If-Match", "If-None-Match", "X-Request-Id", "traceparent", "tracestate");
    static final Set<String> CORS_EXPOSED_HEADERS = Set.of("ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset", "X-Request-Id", "Idempotent-Replayed", "WWW-Authenticate");
    /** Response headers that belong to one connection and are never relayed. */
    static final Set<String> HOP_BY_HOP = ignoringCase("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
            "trailer", "transfer-encoding", "upgrade", "x-request-id");
    /** The names of the headers the gateway adds, as ASCII bytes (written as they are, per request). */
    private static final CharSequence X_REQUEST_ID = HttpHeaders.createOptimized(RequestIds.HEADER);
    private static final CharSequence X_FORWARDED_FOR = HttpHeaders.createOptimized("X-Forwarded-For");
    private static final CharSequence X_FORWARDED_PROTO = HttpHeaders.createOptimized("X-Forwarded-Proto");
    private static final CharSequence X_FORWARDED_HOST = HttpHeaders.createOptimized("X-Forwarded-Host");
    private static final CharSequence RATE_LIMIT_LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence RATE_LIMIT_REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RATE_LIMIT_RESET = HttpHeaders.createOptimized("RateLimit-Reset");

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
    @Inject
    PublicAddress publicAddress;

    private final List<Upstream> upstreams = new ArrayList<>();
    private final Map<String, Counter> errorCounters = new ConcurrentHashMap<>();
    /**
     * One client (and pool) per event loop: a pooled connection is served by the event loop that opened it, and the
     * shared pool hands the most recently used connection to any caller, so a request from another loop would cross
     * threads twice (the request written there, the answer handed back) — a task queue and a wake-up each way.
     */
    private final ThreadLocal<HttpClient> http = ThreadLocal.withInitial(this::newClient);
    private int poolPerEventLoop;
    /** Connections to a service each event loop may hold at least, whatever the configured total. */
    static final int MIN_POOL_PER_EVENT_LOOP = 8;

    private ConnectionCap connectionCap;
    private long maxBodySize;
    private long upstreamTimeoutMillis;
    private long connectTimeoutMillis;

    void router(@Observes Router router,
                @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        maxBodySize = maxBody.asLongValue();
        config.routes().forEach((name, r) -> upstreams.add(new Upstream(name, r.prefix(), r.upstream(),
                config.breaker().failures(), config.breaker().openFor().toMillis())));
        upstreams.sort((a, b) -> b.prefix.length() - a.prefix.length()); // longest prefix first
        upstreamTimeoutMillis = config.upstream().timeout().toMillis();
        connectTimeoutMillis = config.upstream().connectTimeout().toMillis();
        // the configured pool size is the gateway's in all, shared out among its event loops; but never fewer than
        // MIN_POOL_PER_EVENT_LOOP each, since a request can use only its own loop's connections: with one or two, a
        // single slow call (a bulk import) would make the loop's other requests to that service wait out their timeout
        poolPerEventLoop = Math.max(MIN_POOL_PER_EVENT_LOOP, (config.upstream().poolSize() + eventLoops() - 1) / eventLoops());
        connectionCap = new ConnectionCap(config.connections().perAddress());
        // after the kit's request filter (request id, URI and Content-Length limits), before everything else
        router.route().order(ORDER - 2).handler(this::capConnections);
        // a failure of any handler without a URI template of its own (a foreign origin, say) is not tagged by raw path
        router.route().order(ORDER - 1).handler(cors()).failureHandler(ctx -> {
            tagMetricsIfUntagged(ctx.request(), REFUSED_URI);
            ctx.next();
        });
        router.route().order(ORDER).handler(this::handle);
    }

    private HttpClient newClient() {
        return vertx.httpClientBuilder().with(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setPipelining(false)
                        .setConnectTimeout((int) connectTimeoutMillis)
                        .setDecompressionSupported(false))
                // with the builder the pool's size is a PoolOptions, not the HttpClientOptions' (whose size it ignores: 5)
                .with(new PoolOptions().setHttp1MaxSize(poolPerEventLoop))
                // a service dying resets its pooled connections; the request on one of them is answered 502 through its
                // own failure, so the connection's error is not also logged as an unhandled one
                .withConnectHandler(conn -> conn.exceptionHandler(err -> LOG.debugf("connection to a service failed: %s", err.toString())))
                .build();
    }

    private int eventLoops() {
        int n = 0;
        if (vertx instanceof VertxInternal internal) {
            for (EventExecutor ignored : internal.getEventLoopGroup()) n++;
        }
        return Math.max(n, 1);
    }

    static Set<String> ignoringCase(String... names) {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }

    /**
     * Vert.x Web's CORS handler: a preflight is answered here, before authentication; a foreign origin gets a 403
     * problem. A page of the gateway itself (the docs page trying an operation) is same-origin, not CORS.
     */
    private Handler<RoutingContext> cors() {
        CorsHandler cors = CorsHandler.create()
                .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE))
                .allowedHeaders(CORS_ALLOWED_HEADERS)
                .exposedHeaders(CORS_EXPOSED_HEADERS)
                .maxAgeSeconds((int) config.cors().maxAge().toSeconds());
        List<String> origins = config.cors().origins().orElse(List.of());
        origins.forEach(cors::addOrigin);
        return ctx -> {
            String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
            if (origin == null || isSameOrigin(ctx.request(), origin)) ctx.next();
            else if (origins.isEmpty()) ctx.fail(403); // a CorsHandler with no origin allows every one ("*"): none means none
            else cors.handle(ctx);
        };
    }

    /** Whether {@code origin} (scheme://host[:port]) is the one the request was sent to: a browser sends it on its own page's POSTs too. */
    static boolean isSameOrigin(HttpServerRequest req, String origin) {
        HostAndPort authority = req.authority();
        return authority != null && req.scheme() != null && origin.equalsIgnoreCase(req.scheme() + "://" + authority);
    }

    /**
     * Runs before the kit's request filter, which may refuse a request (URI too long or invalid, body too large):
     * whatever answers an API path, its metrics are tagged by its route.
     */
    void filters(@Observes Filters filters) {
        filters.register(ctx -> {
            String path = ctx.request().path();
            Upstream route = path == null ? null : match(path);
            if (route != null) tagMetrics(ctx.request(), route.metricsUri);
            ctx.next();
        }, TAGGING_FILTER_PRIORITY);
    }

    private void capConnections(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        if (connectionCap.admit(req)) {
            ctx.next();
            return;
        }
        tagMetricsIfUntagged(req, REFUSED_URI);
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close").putHeader("Retry-After", "1");
        problems.send(ctx, new ProblemException(ProblemType.TOO_MANY_REQUESTS, Text.format(
                "This client address already holds %d open connections to the gateway; reuse them (keep-alive) or close some.",
                "该客户端地址已占用 %d 个到网关的连接；请复用（keep-alive）或关闭部分连接。", connectionCap.max())));
    }

    /** The routes, for health checks and the OpenAPI merge. */
    public List<String[]> routes() {
        return upstreams.stream().map(u -> new String[] {u.name, u.prefix, u.baseUrl}).toList();
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String raw = req.path();
        if (raw == null) {
            ctx.next();
            return;
        }
        Upstream rawUp = match(raw);
        String path;
        try {
            path = RequestPaths.normalise(raw);
        } catch (RequestPaths.Refused e) {
            refusePath(ctx, rawUp, e.text);
            return;
        }
        // routing and policy see the normalised path, and it is what the service gets: a raw "..", "%2e%2e" or "//"
        // never reaches a service to be resolved there (into its /q/ endpoints, say)
        Upstream up = path == raw ? rawUp : match(path);
        if (rawUp != null && up != rawUp) {
            refusePath(ctx, rawUp, Text.of("The path leaves " + rawUp.prefix + "/ once its dot segments are resolved.",
                    "解析点段后，路径离开了 " + rawUp.prefix + "/。"));
            return;
        }
        if (up == null) {
            ctx.next(); // not an API path: the gateway's own endpoints (/openapi, /docs, /q/...) or a 404 problem
            return;
        }
        req.pause(); // the body is streamed to the service once the request is admitted
        if (up != rawUp) tagMetrics(req, up.metricsUri); // the raw path's route was tagged by the filter
        Exchange ex = new Exchange(ctx, up, path);
        authenticate(ctx).onComplete(ar -> {
            Client client = ar.succeeded() ? ar.result() : null;
            if (client == null) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer, ApiKey header=\"" + API_KEY_HEADER + "\"");
                ex.refuse(new ProblemException(ProblemType.UNAUTHORIZED, Text.format(
                        "Send an API key in %s or a bearer token of the government identity provider.",
                        "请在 %s 中发送 API 密钥，或发送政务身份认证平台的 Bearer 令牌。", API_KEY_HEADER)));
                return;
            }
            ex.client = client;
            RateLimiter.Decision d = limiter.take(client);
            HttpServerResponse resp = ctx.response();
            resp.putHeader(RATE_LIMIT_LIMIT, String.valueOf(d.limit()))
                    .putHeader(RATE_LIMIT_REMAINING, String.valueOf(d.remaining()))
                    .putHeader(RATE_LIMIT_RESET, String.valueOf(d.resetSeconds()));
            if (!d.allowed()) {
                resp.putHeader("Retry-After", String.valueOf(d.retryAfterSeconds()));
                ex.refuse(new ProblemException(ProblemType.TOO_MANY_REQUESTS, Text.format(
                        "Client %s is limited to %s requests per second (burst %s); retry after %s s.",
                        "客户端 %s 限每秒 %s 个请求（突发 %s 个）；请在 %s 秒后重试。",
                        client.name(), client.ratePerSecond(), client.burst(), d.retryAfterSeconds())));
                return;
            }
            if (!policy.allows(req.method().name(), path, client.roles())) {
                ex.refuse(new ProblemException(ProblemType.FORBIDDEN, Text.format(
                        "Client %s has no role that permits %s on this path.", "客户端 %s 没有可对此路径执行 %s 的角色。",
                        client.name(), req.method().name())));
                return;
            }
            if (!up.admit()) {
                resp.putHeader("Retry-After", String.valueOf(up.retryAfterSeconds()));
                ex.refuse(new ProblemException(ProblemType.UNAVAILABLE, Text.of(
                        "The " + up.name + " service is failing; the gateway stops sending it requests for a few seconds.",
                        zh(up.name) + "服务出现故障；网关在几秒内暂停向其转发请求。")));
                return;
            }
            ex.forward();
        });
    }

    /**
     * The HTTP server metrics (Micrometer's http_server_requests) tag a route without a template by its raw path,
     * one series per id in a URL; the route's constant template instead, by the context key Quarkus REST also sets.
     */
    private static void tagMetrics(HttpServerRequest req, String template) {
        if (req instanceof HttpServerRequestInternal internal) internal.context().putLocal(URL_PATH_TEMPLATE, template);
    }

    private static void tagMetricsIfUntagged(HttpServerRequest req, String template) {
        if (req instanceof HttpServerRequestInternal internal && internal.context().getLocal(URL_PATH_TEMPLATE) == null) {
            internal.context().putLocal(URL_PATH_TEMPLATE, template);
        }
    }

    private void refusePath(RoutingContext ctx, Upstream rawUp, Text detail) {
        HttpServerRequest req = ctx.request();
        tagMetrics(req, rawUp == null ? REFUSED_URI : rawUp.metricsUri);
        problems.send(ctx, new ProblemException(ProblemType.BAD_REQUEST, Text.of(detail.en()
                + " Send the path without dot segments, encoded '/' or '\\'.", detail.zh() + "请发送不含点段、编码的“/”或“\\”的路径。")));
        if (rawUp != null) log(ctx, rawUp, null, req.path(), System.nanoTime(), 400, "bad-path");
    }

    /** A route's name as an official says it (the names of the gateway's routes; another name stays as configured). */
    static String zh(String route) {
        return switch (route) {
            case "personnel" -> "人员";
            case "supplies" -> "物资";
            case "checkpoints" -> "卡口";
            default -> route;
        };
    }

    private Upstream match(String path) {
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

    /**
     * One proxied request, on its event loop. It ends exactly once ({@link #over}): answered, or abandoned because
     * the caller left; after that nothing is written to the caller, the service's request is reset, and the breaker
     * hears about the outcome only when the service caused it.
     */
    private final class Exchange {
        final RoutingContext ctx;
        final HttpServerRequest req;
        final HttpServerResponse resp;
        final Upstream up;
        final String path;
        final long start = System.nanoTime();
        Client client;
        HttpClientRequest creq;
        boolean over;
        /** No more writes to the service's request: ended, reset, or its connection failed. */
        boolean upstreamClosed;
        /** The service's request was ended or reset: until then its pooled connection is taken. */
        boolean requestFinished;
        long received;
        long drained;
        /** The service's answer has begun: what happens now is relayed, never replaced by a problem of the gateway. */
        boolean relaying;
        /** The relay failed on the caller's side (a write to its connection), not the service's. */
        boolean callerBroke;
        /** The last buffer of the service's body, held back to go out with the end (an answer of known length). */
        Buffer held;

        Exchange(RoutingContext ctx, Upstream up, String path) {
            this.ctx = ctx;
            this.req = ctx.request();
            this.resp = ctx.response();
            this.up = up;
            this.path = path;
            // from the start: a caller may leave while its credentials are checked (a bearer token, off the event loop)
            resp.closeHandler(v -> callerGone());
            req.exceptionHandler(err -> callerGone());
        }

        /** A refusal before anything went to the service. */
        void refuse(ProblemException p) {
            if (over) return;
            over = true;
            answer(p);
            dropRest(); // the unread body, so that the connection can be reused
        }

        void forward() {
            if (over) return; // the caller left while it was admitted
            String query = req.query();
            RequestOptions options = new RequestOptions()
                    .setMethod(req.method())
                    .setHost(up.host).setPort(up.port).setSsl(up.tls)
                    .setURI(query == null ? path : path + '?' + query)
                    .setConnectTimeout(connectTimeoutMillis);
            http.get().request(options).onComplete(ar -> {
                if (ar.failed()) {
                    upstreamFailed(ar.cause());
                } else if (over) {
                    ar.result().reset(); // the caller left while the connection was made
                } else {
                    forwardHeaders(ar.result().headers());
                    stream(ar.result());
                }
            });
        }

        /**
         * The caller's allowed headers and the gateway's own, written into the service's request itself: headers given
         * in the RequestOptions would be copied into it once more, entry by entry.
         */
        private void forwardHeaders(MultiMap headers) {
            for (Map.Entry<String, String> h : req.headers()) {
                if (FORWARDED_REQUEST_HEADERS.contains(h.getKey())) headers.add(h.getKey(), h.getValue());
            }
            headers.set(HttpHeaders.AUTHORIZATION, tokens.authorizationFor(client));
            headers.set(X_REQUEST_ID, RequestIds.of(ctx));
            headers.set(X_FORWARDED_FOR, req.remoteAddress() == null ? "unknown" : req.remoteAddress().host());
            headers.set(X_FORWARDED_PROTO, req.scheme() == null ? "http" : req.scheme());
            if (req.authority() != null) headers.set(X_FORWARDED_HOST, req.authority().toString());
        }

        /** Streams the caller's body to the service, counting it: past the limit the gateway answers 413 itself. */
        private void stream(HttpClientRequest c) {
            creq = c;
            boolean lengthKnown = req.getHeader(HttpHeaders.CONTENT_LENGTH) != null;
            c.exceptionHandler(err -> upstreamClosed = true); // the outcome arrives through response()
            c.response().onComplete(ar -> {
                if (ar.succeeded()) relay(ar.result());
                else upstreamFailed(ar.cause());
            });
            req.handler(buf -> {
                if (over) { // answered already: read and drop the rest, so that the caller reads the answer
                    drained += buf.length();
                    if (drained > DRAIN_CAP) req.connection().close();
                    return;
                }
                received += buf.length();
                if (received > maxBodySize) {
                    if (!relaying || !resp.headWritten()) {
                        // the service refused first (its own limit) but nothing has gone out yet: the gateway's 413
                        // replaces its answer, with none of its headers
                        if (relaying) resp.headers().clear();
                        tooLarge();
                    } else { // the service's answer is on its way: no 413 over it; the rest is dropped
                        upstreamClosed = true;
                        if (received - maxBodySize > DRAIN_CAP) req.connection().close();
                    }
                    return;
                }
                if (upstreamClosed) return;
                if (!lengthKnown && !c.isChunked()) c.setChunked(true); // chunked from the caller: chunked onwards
                c.write(buf);
                if (c.writeQueueFull()) {
                    req.pause();
                    c.drainHandler(v -> req.resume());
                }
            });
            req.endHandler(v -> {
                if (over || upstreamClosed) return;
                upstreamClosed = true;
                requestFinished = true;
                c.end();
                // the wait for the answer starts now: a caller uploading slowly is not the service being slow
                c.idleTimeout(upstreamTimeoutMillis);
            });
            req.resume();
        }

        private void tooLarge() {
            over = true;
            abandonUpstream();
            up.neutral();
            answer(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.format("The request body is larger than %d bytes.",
                    "请求体超过 %d 字节。", maxBodySize)));
            req.resume();
        }

        /** Reads and drops what is left of the caller's body, up to the drain cap: an endless body ends the connection. */
        private void dropRest() {
            if (creq == null) { // refused before streaming: no counting handler is installed yet
                req.handler(buf -> {
                    drained += buf.length();
                    if (drained > DRAIN_CAP) req.connection().close();
                });
            }
            req.resume();
        }

        private void callerGone() {
            if (over) return;
            over = true;
            abandonUpstream();
            up.neutral();
            log(ctx, up, client, path, start, 499, "caller-gone");
        }

        private void abandonUpstream() {
            upstreamClosed = true;
            requestFinished = true;
            if (creq != null) creq.reset(); // the service must never take a cut-off body for a whole one
        }

        private void relay(HttpClientResponse cresp) {
            if (over) {
                creq.reset();
                return;
            }
            relaying = true;
            int status = cresp.statusCode();
            if (status >= 500) up.failure();
            else up.success();
            resp.setStatusCode(status);
            MultiMap out = resp.headers();
            for (Map.Entry<String, String> h : cresp.headers()) {
                String name = h.getKey();
                if (HOP_BY_HOP.contains(name)) continue;
                String value = h.getValue();
                if (name.equalsIgnoreCase("location") && value.startsWith(up.baseUrl)) {
                    value = publicAddress.of(req) + value.substring(up.baseUrl.length());
                }
                out.add(name, value);
            }
            // a body of unknown length (the service streamed it chunked; Transfer-Encoding is hop-by-hop) goes on chunked
            boolean lengthKnown = resp.headers().contains(HttpHeaders.CONTENT_LENGTH);
            if (status != 204 && status != 304 && req.method() != HttpMethod.HEAD && !lengthKnown) {
                resp.setChunked(true);
            }
            relayBody(cresp, lengthKnown).onComplete(done -> {
                if (over) return;
                if (done.succeeded()) {
                    over = true;
                    if (!requestFinished) { // answered before the caller's body ended: that connection cannot be reused
                        upstreamClosed = true;
                        requestFinished = true;
                        creq.reset();
                    }
                    req.resume(); // the rest of the body, if any, is read and dropped (up to the drain cap)
                    log(ctx, up, client, path, start, status, null);
                    return;
                }
                if (callerBroke) {
                    // a write to the caller failed: its connection is closed or closing, and Vert.x closes it. Not the
                    // service's failure, and no reset of the caller's answer: that would write again to a channel
                    // inside the failure of a write to it (Netty's "Failed to mark a promise as failure" WARN and a
                    // buffer released twice)
                    callerGone();
                    return;
                }
                over = true;
                // the service broke off mid-answer (a failure of the service): close the caller's connection rather
                // than end a body that is not whole (a Content-Length answer would be out of step)
                if (!resp.closed()) {
                    if (status < 400 || status >= 500) up.failure(); // a 4xx cut short: the service refused the caller and closed
                    resp.reset();
                }
                creq.reset();
                log(ctx, up, client, path, start, status, "stream-broken");
            });
        }

        /**
         * The service's body to the caller, paused while the caller's connection is full; fails, without ending the
         * caller's answer, when either side fails ({@link #callerBroke} says which). An answer of known length is relayed
         * one buffer behind, its last buffer written with the end: a body the service sent in one piece (most answers)
         * leaves in one write with the head, not a write for head and body and another for the end. A chunked answer (a
         * stream of unknown length) goes on buffer by buffer as it comes.
         */
        private Future<Void> relayBody(HttpClientResponse cresp, boolean holdLast) {
            Promise<Void> result = Promise.promise();
            Handler<Throwable> callerFailed = err -> {
                if (result.future().isComplete()) return;
                callerBroke = true; // before the failure is reported: its listener reads it
                result.fail(err);
            };
            resp.exceptionHandler(callerFailed);
            cresp.exceptionHandler(result::tryFail);
            cresp.handler(buf -> {
                if (over || result.future().isComplete()) return;
                Buffer out = buf;
                if (holdLast) {
                    out = held;
                    held = buf;
                    if (out == null) return;
                }
                resp.write(out).onFailure(callerFailed);
                if (resp.writeQueueFull()) {
                    cresp.pause();
                    resp.drainHandler(v -> cresp.resume());
                }
            });
            cresp.endHandler(v -> {
                if (over || result.future().isComplete()) return;
                Buffer last = held;
                held = null;
                (last == null ? resp.end() : resp.end(last)).onComplete(ar -> {
                    if (ar.succeeded()) result.tryComplete();
                    else callerFailed.handle(ar.cause());
                });
            });
            return result.future();
        }

        private void upstreamFailed(Throwable err) {
            if (over) return; // reset by the gateway itself (caller gone, body too large): not the service's fault
            over = true;
            upstreamClosed = true;
            String kind;
            ProblemException p;
            if (isConnectFailure(err)) {
                up.failure();
                kind = "unavailable";
                p = new ProblemException(ProblemType.UNAVAILABLE, Text.of("The " + up.name + " service cannot be reached; retry later.",
                        "无法连接" + zh(up.name) + "服务；请稍后重试。"));
                resp.putHeader("Retry-After", "5");
            } else if (isTimeout(err)) {
                up.failure();
                kind = "timeout";
                long ms = config.upstream().timeout().toMillis();
                p = new ProblemException(ProblemType.GATEWAY_TIMEOUT, Text.of("The " + up.name + " service did not answer within " + ms
                        + " ms; the request may or may not have taken effect (retry with the same Idempotency-Key).",
                        zh(up.name) + "服务未在 " + ms + " 毫秒内应答；请求可能已生效也可能未生效（请使用相同的 Idempotency-Key 重试）。"));
            } else {
                up.failure();
                kind = "bad-gateway";
                p = new ProblemException(ProblemType.BAD_GATEWAY, Text.of("The " + up.name + " service gave no valid answer.",
                        zh(up.name) + "服务未给出有效应答。"));
            }
            errorCounters.computeIfAbsent(up.name + "|" + kind, k -> Counter.builder("gateway.upstream.errors")
                    .tag("route", up.name).tag("kind", kind).register(metrics)).increment();
            answer(p);
            dropRest();
        }

        /** Writes a problem unless the caller's connection is gone or an answer has begun; logs either way. */
        private void answer(ProblemException p) {
            if (!resp.closed() && !resp.ended()) problems.send(ctx, p);
            log(ctx, up, client, path, start, p.status(), p.slug());
        }
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

    private void log(RoutingContext ctx, Upstream up, Client client, String path, long start, int status, String note) {
        long nanos = System.nanoTime() - start;
        HttpServerRequest req = ctx.request();
        String who = client == null ? "-" : client.name();
        String rid = RequestIds.of(ctx);
        if (ACCESS.isInfoEnabled()) ACCESS.info(accessLine(req.method(), path, status, nanos, who, up.name, rid, note));
        if (req.method() != HttpMethod.GET && req.method() != HttpMethod.HEAD && req.method() != HttpMethod.OPTIONS) {
            AUDIT.infof("write client=%s method=%s path=%s status=%d rid=%s", who, req.method(), path, status, rid);
        }
        up.timer(req.method(), status, this::timer).record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * {@code GET /api/v1/... 200 1.2ms client=... route=... rid=...[ note]}: built here rather than by a printf format,
     * whose pattern would be parsed again for every request.
     */
    static String accessLine(HttpMethod method, String path, int status, long nanos, String client, String route, String rid, String note) {
        long tenths = (nanos + 50_000) / 100_000; // milliseconds to one decimal, rounded half up as %.1f does
        StringBuilder line = new StringBuilder(96 + path.length()).append(method.name()).append(' ').append(path).append(' ')
                .append(status).append(' ').append(tenths / 10).append('.').append(tenths % 10).append("ms client=").append(client)
                .append(" route=").append(route).append(" rid=").append(rid);
        if (note != null) line.append(' ').append(note);
        return line.toString();
    }

    /** The timer of a route, method and status; looked up once, then kept by the route ({@link Upstream#timer}). */
    private Timer timer(Upstream up, HttpMethod method, int status) {
        // a tag value per method the caller makes up would be one more series each: unknown methods share one
        String m = TAGGED_METHODS.contains(method) ? method.name() : "OTHER";
        return Timer.builder("gateway.requests").tag("route", up.name).tag("method", m).tag("status", String.valueOf(status)).register(metrics);
    }
}
