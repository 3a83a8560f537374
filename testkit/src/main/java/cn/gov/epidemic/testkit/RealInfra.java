package cn.gov.epidemic.testkit;

import cn.gov.epidemic.devstack.ChildInfra;
import cn.gov.epidemic.devstack.DevKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a real PostgreSQL and a real Kafka broker (in a child JVM that dies with this one) and a test token key
 * pair before Quarkus boots, and hands their addresses to Quarkus. Use with
 * {@code @QuarkusTestResource(value = RealInfra.class, restrictToAnnotatedClass = false)} once per service.
 */
public class RealInfra implements QuarkusTestResourceLifecycleManager {

    private static ChildInfra infra;
    private static DevKeys keys;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("testkit-keys-");
            keys = DevKeys.inDirectory(dir);
            infra = ChildInfra.start("--db", "app");
            Map<String, String> cfg = new HashMap<>();
            cfg.put("quarkus.datasource.jdbc.url", infra.get("jdbcUrl"));
            cfg.put("quarkus.datasource.username", infra.get("username"));
            cfg.put("quarkus.datasource.password", infra.get("password"));
            cfg.put("kafka.bootstrap.servers", infra.get("bootstrap"));
            cfg.put("mp.jwt.verify.publickey.location", keys.publicKeyFile().toString());
            cfg.put("mp.jwt.verify.issuer", DevKeys.ISSUER);
            // checkpoint-service's pass key-encryption key, generated for this test run like the token keys
            cfg.put("checkpoint.pass.kek", keys.passKek());
            // flow 3's sealing keys (checkpoint-service seals, personnel-service opens), generated the same way
            cfg.put("epidemic.sealing.keys", keys.sealingKeys());
            // JVM-wide, for test code that talks to the broker or the database directly
            System.setProperty("testkit.kafka", infra.get("bootstrap"));
            System.setProperty("testkit.jdbc", infra.get("jdbcUrl"));
            return cfg;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the real PostgreSQL and Kafka", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (infra != null) infra.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            infra = null;
        }
    }

    /** Stops the broker (data and port kept): the outage tests. */
    public static void stopKafka() throws Exception {
        infra.command("kafka-stop");
    }

    public static void startKafka() throws Exception {
        infra.command("kafka-start");
    }

    /** Stops PostgreSQL (fast shutdown: open connections break; data and port kept): a database that is down. */
    public static void stopPostgres() throws Exception {
        infra.command("pg-stop");
    }

    public static void startPostgres() throws Exception {
        infra.command("pg-start");
    }

    /** SIGSTOPs PostgreSQL and all its processes: a database that hangs (sockets open, no answer). */
    public static void freezePostgres() throws Exception {
        infra.command("pg-freeze");
    }

    public static void thawPostgres() throws Exception {
        infra.command("pg-thaw");
    }

    public static String bootstrapServers() {
        return System.getProperty("testkit.kafka");
    }

    static DevKeys keys() {
        if (keys == null) throw new IllegalStateException("RealInfra has not started");
        return keys;
    }
}
