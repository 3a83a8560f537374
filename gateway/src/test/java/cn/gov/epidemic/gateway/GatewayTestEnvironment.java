package cn.gov.epidemic.gateway;

import cn.gov.epidemic.devstack.ChildInfra;
import cn.gov.epidemic.devstack.DevKeys;
import cn.gov.epidemic.gateway.auth.ClientRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the gateway tests stand on: the real personnel-service (its packaged jar, on a real PostgreSQL and Kafka),
 * a real HTTP server standing in for supplies (it echoes what it receives, answers slowly, or dies before or in
 * mid-answer), a port where
 * nothing listens standing in for a stopped checkpoint service, a clients file, the gateway's signing key and an
 * identity provider's key set.
 */
public class GatewayTestEnvironment implements QuarkusTestResourceLifecycleManager {

    /** Holds the stopped service's port while the environment runs (bound, never listening). */
    private final java.net.Socket deadPortHolder = new java.net.Socket();

    static final String ADMIN_KEY = "admin-key-7c1e9a";
    static final String READER_KEY = "reader-key-2b44d0";
    static final String WRITER_KEY = "writer-key-91fa3c";
    static final String LIMITED_KEY = "limited-key-5d02aa";
    static final String IDP_ISSUER = "https://idp.test.gov";

    static Path dir;
    static DevKeys gatewayKeys;
    static RsaJsonWebKey idpKey;
    static String personnelUrl;
    static String echoUrl;
    static String deadUrl;
    /** The real broker's bootstrap address, configured as the one the served event catalogue names. */
    static String kafkaBootstrap;
    /** The port of the one browser origin the gateway allows (CORS): http://127.0.0.1:corsPort. */
    static int corsPort;
    private static Vertx vertx;
    private static ChildInfra infra;
    private static Process personnel;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("gateway-test-");
            gatewayKeys = DevKeys.inDirectory(dir.resolve("keys"));
            idpKey = RsaJwkGenerator.generateJwk(2048);
            idpKey.setKeyId("idp-1");
            Files.writeString(dir.resolve("idp-jwks.json"), new JsonWebKeySet(idpKey).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            Files.writeString(dir.resolve("clients.json"), clients());

            vertx = Vertx.vertx();
            HttpServer echo = vertx.createHttpServer().requestHandler(req -> {
                if (req.path().endsWith("/early")) { // a service that refuses before it has read the body (a 404, a 415)
                    req.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json").end("{\"status\":404}");
                    return;
                }
                echo(req);
            }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            echoUrl = "http://127.0.0.1:" + echo.actualPort();
            // a stopped service: a port held bound but never listening, so a connection is refused and no process
            // started later (the test PostgreSQL, Kafka, personnel-service) can be given it (a merely free port was, once:
            // the gateway then reached whatever listened there and answered 502, not 503)
            deadPortHolder.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            deadUrl = "http://127.0.0.1:" + deadPortHolder.getLocalPort();

            infra = ChildInfra.start("--db", "personnel");
            personnelUrl = startPersonnel();

            Map<String, String> cfg = new HashMap<>();
            cfg.put("gateway.routes.personnel.upstream", personnelUrl);
            cfg.put("gateway.routes.supplies.upstream", echoUrl);
            cfg.put("gateway.routes.checkpoints.upstream", deadUrl);
            cfg.put("gateway.clients-file", dir.resolve("clients.json").toString());
            cfg.put("gateway.token.private-key-location", dir.resolve("keys/token-private.pem").toString());
            cfg.put("gateway.oidc.issuer", IDP_ISSUER);
            cfg.put("gateway.oidc.jwks", dir.resolve("idp-jwks.json").toString());
            // no gateway.public-url: the gateway names the address each request was sent to (GatewayTest)
            corsPort = freePort();
            kafkaBootstrap = infra.get("bootstrap");
            cfg.put("gateway.events.brokers", kafkaBootstrap); // the real broker the tests' personnel-service publishes to
            cfg.put("gateway.cors.origins", "http://127.0.0.1:" + corsPort);
            return cfg;
        } catch (Exception e) {
            throw new IllegalStateException("gateway test environment did not start", e);
        }
    }

    private static String clients() {
        return """
                {"clients": [
                  {"name": "admin-system", "keySha256": ["%s"], "roles": ["admin"], "ratePerSecond": 1000, "burst": 1000},
                  {"name": "hohhot-command", "keySha256": ["%s"], "roles": ["personnel:read"], "ratePerSecond": 1000, "burst": 1000},
                  {"name": "personnel-office", "keySha256": ["%s"], "roles": ["personnel:read", "personnel:write", "supplies:read"], "ratePerSecond": 1000, "burst": 1000},
                  {"name": "small-county", "keySha256": "%s", "roles": ["supplies:read"], "ratePerSecond": 0.2, "burst": 2}
                ]}""".formatted(ClientRegistry.sha256(ADMIN_KEY), ClientRegistry.sha256(READER_KEY),
                ClientRegistry.sha256(WRITER_KEY), ClientRegistry.sha256(LIMITED_KEY));
    }

    private static String startPersonnel() throws Exception {
        Path jar = Path.of("../personnel-service/target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " missing: build personnel-service first (the reactor does)");
        int port = freePort();
        String jdbc = infra.get("jdbcUrl");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dvertx.disableURIValidation=true", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("personnel.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort())); // never the fixed 9081 of another JVM
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
        env.put("QUARKUS_DATASOURCE_USERNAME", infra.get("username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", infra.get("password"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.get("bootstrap"));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", gatewayKeys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
        env.put("EPIDEMIC_SEALING_KEYS", gatewayKeys.sealingKeys()); // personnel-service does not start without flow 3's keys
        env.put("DEVSTACK_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
        personnel = pb.start();
        String url = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!personnel.isAlive()) throw new IllegalStateException("personnel-service exited: see " + dir.resolve("personnel.log"));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return url;
            } catch (IOException ignored) {
                // not yet listening
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("personnel-service not ready in 120 s");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A token of the identity provider (or, with {@code foreign}, of an impostor using another key). */
    /** The stand-in service: answers with what it received (method, URI, headers, body length), with a few faults by path. */
    private void echo(io.vertx.core.http.HttpServerRequest req) {
        req.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            JsonObject out = new JsonObject().put("method", req.method().name()).put("uri", req.uri())
                    .put("headers", headers).put("bodyLength", body.length());
            if (req.path().endsWith("/hangup")) { // a service dying before it answers
                req.connection().close();
                return;
            }
            if (req.path().endsWith("/die")) { // a service dying in mid-answer: 64 KiB of a promised 1 MiB
                req.response().putHeader("Content-Type", "application/json").putHeader("Content-Length", String.valueOf(1 << 20))
                        .write(io.vertx.core.buffer.Buffer.buffer(new byte[64 * 1024]))
                        .onComplete(w -> vertx.setTimer(50, t -> req.connection().close()));
                return;
            }
            if (req.path().endsWith("/chunked")) { // a long list streamed without Content-Length, in three chunks
                req.response().setChunked(true).putHeader("Content-Type", "application/json").write("{\"items\":[")
                        .compose(w -> req.response().write("\"" + "x".repeat(100_000) + "\","))
                        .compose(w -> req.response().end("\"end\"]}"));
                return;
            }
            long delay = req.path().endsWith("/slow") ? 5000 : 0;
            vertx.setTimer(Math.max(1, delay), t -> {
                if (req.response().closed()) return;
                req.response().putHeader("Content-Type", "application/json")
                        .putHeader("Location", echoUrl + "/api/v1/supplies/items/42").putHeader("ETag", "\"7\"")
                        .putHeader("Connection", "keep-alive").end(out.encode());
            });
        });
    }

    static String idpToken(String subject, List<String> roles, long secondsValid, boolean foreign) throws Exception {
        return idpToken(subject, roles, 0, secondsValid, foreign);
    }

    /** A token of the identity provider issued {@code issuedSecondsFromNow} from now (negative: in the past). */
    static String idpToken(String subject, List<String> roles, long issuedSecondsFromNow, long secondsValid, boolean foreign) throws Exception {
        JwtClaims c = new JwtClaims();
        c.setIssuer(IDP_ISSUER);
        c.setSubject(subject);
        c.setStringListClaim("groups", roles);
        long iat = System.currentTimeMillis() + issuedSecondsFromNow * 1000;
        c.setIssuedAt(NumericDate.fromMilliseconds(iat));
        c.setExpirationTime(NumericDate.fromMilliseconds(iat + secondsValid * 1000));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(c.toJson());
        RsaJsonWebKey key = foreign ? RsaJwkGenerator.generateJwk(2048) : idpKey;
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue("idp-1");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    @Override
    public void stop() {
        try {
            deadPortHolder.close();
        } catch (java.io.IOException ignored) {
            // the port is released with the JVM anyway
        }
        if (personnel != null) {
            personnel.destroy();
            try {
                personnel.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (infra != null) infra.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (vertx != null) vertx.close();
    }
}
