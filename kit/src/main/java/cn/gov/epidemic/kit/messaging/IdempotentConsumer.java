package cn.gov.epidemic.kit.messaging;

import cn.gov.epidemic.kit.events.CloudEventHeaders;
import cn.gov.epidemic.kitweb.problem.RequestIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kafka consumer loop on its own thread that handles each event once, in a transaction that records its id.
 *
 * <p>A transaction records the event id ({@link ProcessedEvents}) and does the work (and any outbox rows the work
 * adds); a redelivered event finds its id and is skipped. The records of one poll share a transaction (up to
 * {@link #MAX_BATCH}); if it fails, they are handled again one by one, each in its own. Offsets of handled records are
 * committed every {@link #COMMIT_INTERVAL_MS} at most. A record that keeps failing goes to {@code <topic>.dlq} with the
 * reason in the {@code dlq_reason} header, and the partition moves on. A failure of the consumer's own database is
 * not the record's fault: the record is retried, with back-off, until the database is back, so an outage
 * dead-letters nothing. A {@link Subscription} creates one when it starts and {@link #close()}s it on shutdown.
 */
final class IdempotentConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    /** Tries of one record before it is dead-lettered (failures of the database itself do not count). */
    static final int MAX_ATTEMPTS = 3;
    /**
     * Most records handled in one transaction: enough to absorb a burst, few enough that the first of them is not
     * held back long before its effect commits.
     */
    static final int MAX_BATCH = 20;
    /** Longest pause between tries while the database is unavailable. */
    static final long MAX_BACKOFF_MS = 10_000;
    /**
     * Longest wait of a handled record's offset for its commit. A commit per poll cost the broker a write to the
     * offsets topic and the loop a round trip per poll; at most one a second costs at most a second of redeliveries
     * after a crash, each skipped by its processed-event row.
     */
    static final long COMMIT_INTERVAL_MS = 1_000;
    /**
     * Longest wait of a poll with nothing to commit. The fetches under it keep Kafka's 500 ms longest wait: a longer
     * one holds back a partition left out of the pending fetch (it had records buffered) and delays close, which waits
     * for the pending fetch.
     */
    static final int IDLE_POLL_MS = 5_000;

    private final String name;
    private final List<String> topics;
    private final java.util.function.BiPredicate<String, String> handles;
    private final RawHandler handler;
    private final ProcessedEvents processed;
    private final ObjectMapper mapper;
    private final KafkaConsumer<String, byte[]> consumer;
    private final String bootstrapServers;
    /** Made at the first dead letter: most consumers never send one, and each producer is a thread and a connection. */
    private KafkaProducer<String, byte[]> dlqProducer;
    private final Thread thread;
    private volatile boolean running = true;
    /** The next offset of each partition after its last handled record; the loop thread's only. */
    private final Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
    /** Whether {@link #handled} has moved since its last commit. */
    private boolean uncommitted;
    private long lastCommitNanos = System.nanoTime();

    /**
     * @param name    consumer group id and the key under which processed event ids are recorded
     * @param handles whether the subscription declares a record's CloudEvents type and {@code ce_dataschema}: records
     *                of other types or versions on its topics are passed over without a transaction
     */
    IdempotentConsumer(String name, List<String> topics, String bootstrapServers, java.util.function.BiPredicate<String, String> handles,
                       RawHandler handler, ProcessedEvents processed, ObjectMapper mapper) {
        this.name = name;
        this.topics = List.copyOf(topics);
        this.handles = handles;
        this.handler = handler;
        this.processed = processed;
        this.mapper = mapper;
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, name);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        this.bootstrapServers = bootstrapServers;
        this.thread = new Thread(this::loop, "consumer-" + name);
        this.thread.setDaemon(true);
    }

    IdempotentConsumer start() {
        thread.start();
        return this;
    }

    private void loop() {
        try {
            consumer.subscribe(topics, new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // called inside poll(), after the previous poll's records were handled: the next owner starts after
                    // them. Also called by close(), after commitOnClose() did the work. A failure must not escape: poll()
                    // would throw it and stop the loop for good, where it only costs redeliveries, which are skipped.
                    if (running) {
                        try {
                            commitHandled();
                        } catch (Exception e) {
                            LOG.warnf("consumer %s: offsets not committed on revocation (%s); the next owner gets handled records again and skips them", name, e.getMessage());
                        }
                    }
                    handled.keySet().removeAll(partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    handled.keySet().removeAll(partitions); // another member owns them already: its offsets, not ours
                }
            });
            while (running) {
                // records end a poll at once; with none, it waits until a commit is due, or an idle while
                long wait = uncommitted ? Math.max(1, COMMIT_INTERVAL_MS - (System.nanoTime() - lastCommitNanos) / 1_000_000) : IDLE_POLL_MS;
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(wait));
                List<Accepted> chunk = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> r : records) {
                    if (!running) break;
                    Accepted a = accept(r, chunk);
                    if (a == null) continue;
                    chunk.add(a);
                    if (chunk.size() == MAX_BATCH) handle(chunk);
                }
                if (running) handle(chunk);
                if (!records.isEmpty() && running) { // every record of the poll handled (or dead-lettered, or passed over)
                    for (TopicPartition tp : records.partitions()) {
                        List<ConsumerRecord<String, byte[]>> rs = records.records(tp);
                        ConsumerRecord<String, byte[]> last = rs.get(rs.size() - 1);
                        // with its leader epoch, as commitSync() of a poll sends it: the broker can then detect truncation
                        handled.put(tp, new OffsetAndMetadata(last.offset() + 1, last.leaderEpoch(), ""));
                    }
                    uncommitted = true;
                }
                if (uncommitted && running && System.nanoTime() - lastCommitNanos >= COMMIT_INTERVAL_MS * 1_000_000) commitAsync();
            }
        } catch (WakeupException e) {
            // close() was called
        } catch (Exception e) {
            LOG.errorf(e, "consumer %s stopped", name);
        } finally {
            commitOnClose();
            try {
                consumer.close(Duration.ofSeconds(5));
            } catch (Exception e) {
                LOG.debugf("consumer %s: close did not finish cleanly (%s)", name, e.getMessage());
            } finally {
                if (dlqProducer != null) dlqProducer.close(Duration.ofSeconds(5));
            }
        }
    }

    /** Commits {@link #handled} without waiting; a failed commit is tried again at the next due poll. */
    private void commitAsync() {
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
        consumer.commitAsync(new HashMap<>(handled), (offsets, e) -> {
            // the callback runs on this loop's thread, inside a later poll(): an idle consumer must still commit
            if (e != null) {
                uncommitted = true;
                LOG.debugf("consumer %s: offset commit failed (%s), tried again", name, e.getMessage());
            }
        });
    }

    /** Commits {@link #handled} and waits for the broker (on revocation and on close). */
    private void commitHandled() {
        if (handled.isEmpty()) return;
        consumer.commitSync(new HashMap<>(handled), Duration.ofSeconds(5));
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
    }

    /** The last commit, before the consumer leaves its group; a failure only means redeliveries, which are skipped. */
    private void commitOnClose() {
        for (int tries = 0; tries < 2; tries++) {
            try {
                commitHandled();
                return;
            } catch (WakeupException e) {
                // close()'s wake-up, when it came outside poll(): it is consumed now, the second try commits
            } catch (Exception e) {
                LOG.debugf("consumer %s: offsets not committed on close (%s), handled records will be skipped when redelivered", name, e.getMessage());
                return;
            }
        }
    }

    /** A declared record with its parsed event, waiting for its transaction. */
    private record Accepted(ConsumerRecord<String, byte[]> record, IncomingEvent event) {
    }

    /**
     * The record's event, or null when it is passed over (not a declared type and version) or dead-lettered at once
     * (malformed: it will not get better); {@code pending} is handled first then, so the partition's order holds.
     */
    private Accepted accept(ConsumerRecord<String, byte[]> r, List<Accepted> pending) {
        if (!handles.test(header(r, CloudEventHeaders.TYPE), header(r, CloudEventHeaders.DATASCHEMA))) {
            LOG.tracef("consumer %s: %s-%d@%d not a declared type and version, passed over", name, r.topic(), r.partition(), r.offset());
            return null;
        }
        try {
            return new Accepted(r, parse(r, header(r, CloudEventHeaders.ID), header(r, CloudEventHeaders.REQUEST_ID)));
        } catch (IllegalArgumentException malformed) {
            handle(pending);
            withRequestId(r, () -> deadLetter(r, malformed));
            return null;
        }
    }

    /**
     * The records of a poll in one transaction: one commit (and one wake-up of the outbox relay) for the lot rather
     * than one per record, which is what lets a consumer keep up with a busy producer. When that transaction fails
     * for any reason, nothing of it is kept and its records are handled again one by one, each in its own
     * transaction with its retries and dead-lettering, exactly as a record alone is. Empties {@code chunk}.
     */
    private void handle(List<Accepted> chunk) {
        if (chunk.isEmpty()) return;
        if (chunk.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (Accepted a : chunk) withRequestId(a.record(), () -> once(a.event()));
                });
                chunk.clear();
                return;
            } catch (Exception e) {
                LOG.debugf("consumer %s: a batch of %d events failed (%s), handled again one by one", name, chunk.size(), e.getClass().getSimpleName());
            }
        }
        for (Accepted a : chunk) {
            if (!running) break;
            withRequestId(a.record(), () -> handleWithRetries(a.record(), a.event()));
        }
        chunk.clear();
    }

    /** The work of one event in the current transaction, unless its id was recorded before. */
    private void once(IncomingEvent event) {
        if (processed.firstTime(name, event.id())) {
            try {
                handler.handle(event);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        } else {
            LOG.debugf("consumer %s: event %s already processed, skipped", name, event.id());
        }
    }

    /** Runs {@code work} with the record's request id in the logging MDC, so that its log lines carry it. */
    private static void withRequestId(ConsumerRecord<String, byte[]> r, Runnable work) {
        String requestId = header(r, CloudEventHeaders.REQUEST_ID);
        if (requestId != null) MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            work.run();
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private void handleWithRetries(ConsumerRecord<String, byte[]> r, IncomingEvent event) {
        String id = event.id();
        Exception last = null;
        int failures = 0, outage = 0;
        while (running) {
            try {
                QuarkusTransaction.requiringNew().run(() -> once(event));
                return;
            } catch (Exception e) {
                last = e;
                if (e instanceof IllegalArgumentException) break; // a malformed field will not get better
                if (transientFailure(e)) {
                    // the database, not the record: wait for it, however long, rather than dead-letter good events
                    outage++;
                    LOG.warnf("consumer %s: database unavailable (%s), retrying event %s", name, e.getClass().getSimpleName(), id);
                    sleep(Math.min(MAX_BACKOFF_MS, 200L << Math.min(outage, 6)));
                    continue;
                }
                if (++failures >= MAX_ATTEMPTS) break;
                sleep(200L * failures);
            }
        }
        if (running) deadLetter(r, last);
    }

    /**
     * A failure that says nothing about the record: the connection to the database (SQLState class 08), a
     * serialization failure or deadlock (40), insufficient resources (53), an administrator's shutdown (57P), a lock
     * or statement timeout (55P03, 57014), a pool that cannot give a connection, or the network.
     */
    static boolean transientFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57P") || state.equals("55P03") || state.equals("57014"))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) return true;
            }
        }
        return false;
    }

    private IncomingEvent parse(ConsumerRecord<String, byte[]> r, String id, String requestId) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("no ce_id header");
        JsonNode data;
        try {
            // a tree first: the subscription binds it to the consumer's record, ignoring fields a newer producer adds
            data = r.value() == null ? null : mapper.readTree(r.value());
        } catch (Exception e) {
            throw new IllegalArgumentException("event data is not JSON");
        }
        return new IncomingEvent(id, header(r, CloudEventHeaders.TYPE), header(r, CloudEventHeaders.SOURCE), header(r, CloudEventHeaders.SUBJECT),
                header(r, CloudEventHeaders.TIME), requestId, header(r, CloudEventHeaders.DATASCHEMA), r.topic(), r.partition(), r.offset(), data);
    }

    private void deadLetter(ConsumerRecord<String, byte[]> r, Exception reason) {
        String why = reason == null ? "unknown" : reason.getClass().getSimpleName() + ": " + reason.getMessage();
        LOG.errorf("consumer %s: event %s (%s-%d@%d) dead-lettered: %s", name, header(r, CloudEventHeaders.ID), r.topic(), r.partition(), r.offset(), why);
        ProducerRecord<String, byte[]> dlq = new ProducerRecord<>(CloudEventHeaders.deadLetterTopic(r.topic()), null, r.key(), r.value(), r.headers());
        dlq.headers().add(CloudEventHeaders.DLQ_REASON.header(), why.getBytes(StandardCharsets.UTF_8));
        dlq.headers().add(CloudEventHeaders.DLQ_CONSUMER.header(), name.getBytes(StandardCharsets.UTF_8));
        try {
            dlqProducer().send(dlq).get();
        } catch (Exception e) {
            throw new IllegalStateException("dead-letter topic unavailable", e); // stops the loop rather than lose the event
        }
    }

    private KafkaProducer<String, byte[]> dlqProducer() {
        if (dlqProducer == null) {
            Map<String, Object> p = new HashMap<>();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            dlqProducer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        return dlqProducer;
    }

    private static String header(ConsumerRecord<String, byte[]> r, CloudEventHeaders name) {
        Header h = r.headers().lastHeader(name.header());
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
