package cn.gov.epidemic.kit.outbox;

import static cn.gov.epidemic.kit.events.CloudEventHeaders.*;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import cn.gov.epidemic.kit.events.CloudEventHeaders;
import cn.gov.epidemic.kit.events.EventDeclarations;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka, oldest first, as CloudEvents in binary mode, and marks them published.
 *
 * <p>One relay per database: a PostgreSQL advisory lock held on the relay's own connection elects it, so two
 * instances of a service never interleave (row claiming with SKIP LOCKED could reorder one aggregate's events).
 * The others stand by and take over when the leader's connection dies. Sending is asynchronous per batch; a
 * batch's acknowledged records are marked, the others are sent again after a back-off (at-least-once; the
 * consumers deduplicate by {@code ce_id}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SELECT = "select seq, id, aggregate_type, aggregate_id, type, topic, payload::text, request_id, actor, occurred_at, dataschema"
            + " from outbox_event where published_at is null order by seq limit ?";

    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry metrics;
    @Inject
    BrokerState broker;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "postgres")
    String dbUser;
    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String dbPassword;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    private volatile String source;
    private volatile String topic; // the service's, from its declarations (kit EventDeclarations)

    private final Object signal = new Object();
    private volatile boolean wakeRequested;
    private volatile boolean running;
    private volatile boolean leader;
    private volatile long lastSuccessNanos = System.nanoTime();
    private Thread thread;
    private Connection connection;
    private KafkaProducer<String, byte[]> producer;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent ev) {
        if (!config.enabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        topic = EventDeclarations.ofThisService().published().topic();
        published = metrics.counter("outbox.events.published", "topic", topic);
        failures = metrics.counter("outbox.send.failures", "topic", topic);
        // the backlog gauges are OutboxBacklog's: counted from the table, not from what this thread last saw
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a commit that added events. */
    public void wake() {
        synchronized (signal) {
            wakeRequested = true;
            signal.notifyAll();
        }
    }

    /** True while this instance holds the relay lock. */
    public boolean isLeader() {
        return leader;
    }

    private void loop() {
        long backoffMs = 0;
        while (running) {
            try {
                if (!ensureLeader()) {
                    await(2_000);
                    continue;
                }
                int sent = relayBatch();
                backoffMs = 0;
                if (sent >= config.batchSize()) continue;
                if (sent > 0) linger(); // events are flowing: let the next batch gather more of them
                // returns at once when a commit woke the relay since its read began, else after the fallback poll
                await(config.pollInterval().toMillis());
            } catch (Exception e) {
                failures.increment();
                backoffMs = Math.min(backoffMs == 0 ? 100 : backoffMs * 2, config.maxBackoff().toMillis());
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoffMs);
                if (e instanceof SQLException) closeConnection();
                await(backoffMs);
            }
        }
        closeConnection();
        if (producer != null) producer.close(java.time.Duration.ofSeconds(5));
    }

    private boolean ensureLeader() throws SQLException {
        // no validity check before each batch (a round trip per batch, to PostgreSQL and back): a connection that
        // died fails the batch's next statement, whose SQLException closes it, and the next try reconnects. The
        // socket timeout and keep-alive make a silently lost server fail that statement in seconds, not when TCP
        // gives up a quarter of an hour later.
        if (connection == null) {
            java.util.Properties props = new java.util.Properties();
            props.setProperty("user", dbUser);
            props.setProperty("password", dbPassword);
            props.setProperty("socketTimeout", "30");
            props.setProperty("tcpKeepAlive", "true");
            connection = DriverManager.getConnection(jdbcUrl, props);
            connection.setAutoCommit(true);
            leader = false;
        }
        if (!leader) {
            try (PreparedStatement st = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
                st.setString(1, "outbox-relay:" + topic);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    leader = rs.getBoolean(1);
                }
            }
            if (leader) LOG.infof("outbox relay elected for topic %s", topic);
        }
        return leader;
    }

    private int relayBatch() throws Exception {
        // the read sees every commit whose wake-up came before this point: only a later one should wake the relay again
        // (otherwise each batch is followed by a read that finds nothing)
        synchronized (signal) {
            wakeRequested = false;
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(SELECT)) {
            st.setInt(1, config.batchSize());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getString(11)});
                }
            }
        }
        if (rows.isEmpty()) return 0;
        KafkaProducer<String, byte[]> p = producer();
        List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Future<RecordMetadata> f = p.send(record(r));
            futures.add(f);
            if (f.isDone() && failed(f)) break; // no metadata (broker down): the rest of the batch would wait as long each
        }
        List<Long> done = new ArrayList<>(futures.size());
        Exception failure = null;
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(30, TimeUnit.SECONDS);
                done.add((Long) rows.get(i)[0]);
            } catch (Exception e) {
                // the others are still marked: an aggregate's records share a partition, and the idempotent producer
                // fails every later record of a partition after a failed one, so no aggregate is reordered
                failure = e;
            }
        }
        if (!done.isEmpty()) {
            try (PreparedStatement st = connection.prepareStatement("update outbox_event set published_at = now() where seq = any(?)")) {
                Array seqs = connection.createArrayOf("bigint", done.toArray());
                st.setArray(1, seqs);
                st.executeUpdate();
            }
            published.increment(done.size());
            lastSuccessNanos = System.nanoTime();
            broker.sent();
        }
        if (failure != null || done.size() < rows.size()) {
            Throwable cause = failure != null && failure.getCause() != null ? failure.getCause() : failure;
            broker.sendFailed(cause == null ? "not sent" : cause.getMessage());
            throw new IllegalStateException("Kafka send failed for " + (rows.size() - done.size()) + " of " + rows.size()
                    + " events: " + (cause == null ? "not sent" : cause.getMessage()));
        }
        return rows.size();
    }

    private static boolean failed(Future<RecordMetadata> f) {
        try {
            f.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private ProducerRecord<String, byte[]> record(Object[] r) {
        RecordHeaders h = new RecordHeaders();
        header(h, SPECVERSION, SPECVERSION.constant());
        header(h, ID, (String) r[1]);
        header(h, SOURCE, source());
        header(h, TYPE, (String) r[4]);
        header(h, SUBJECT, (String) r[3]);
        header(h, TIME, ((OffsetDateTime) r[9]).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(h, CONTENT_TYPE, CONTENT_TYPE.constant());
        header(h, AGGREGATE_TYPE, (String) r[2]);
        if (r[7] != null) header(h, REQUEST_ID, (String) r[7]);
        if (r[8] != null) header(h, ACTOR, (String) r[8]);
        if (r[10] != null) header(h, DATASCHEMA, (String) r[10]);
        return new ProducerRecord<>((String) r[5], null, (String) r[3], ((String) r[6]).getBytes(StandardCharsets.UTF_8), h);
    }

    /** The service's CloudEvents source, from its declarations (kit {@link EventDeclarations}). */
    private String source() {
        if (source == null) source = EventDeclarations.ofThisService().published().source();
        return source;
    }

    private static void header(RecordHeaders h, CloudEventHeaders name, String value) {
        h.add(name.header(), value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> p = new HashMap<>();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5); // keeps order with idempotence
            p.put(ProducerConfig.LINGER_MS_CONFIG, config.lingerMs());
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            p.put(ProducerConfig.CLIENT_ID_CONFIG, source().replaceAll("^/+", "").replace('/', '-') + "-outbox");
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void await(long millis) {
        synchronized (signal) {
            if (!wakeRequested && running) {
                try {
                    signal.wait(Math.max(1, millis));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            wakeRequested = false;
        }
    }

    /** A fixed short pause, not cut short by wake-ups (under load every commit wakes the relay). */
    private void linger() {
        long nanos = config.busyLinger().toNanos();
        if (nanos <= 0) return;
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeConnection() {
        leader = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone
            }
            connection = null;
        }
    }

    /** Nanos of the last successful publish, for diagnostics. */
    public long lastSuccessNanos() {
        return lastSuccessNanos;
    }
}
