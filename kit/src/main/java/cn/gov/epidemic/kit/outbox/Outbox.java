package cn.gov.epidemic.kit.outbox;

import cn.gov.epidemic.kitweb.problem.RequestIds;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kit.events.EventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.MDC;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records an event in the outbox table, inside the transaction of the change it reports. */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    OutboxRelay relay;
    @Inject
    Caller caller;
    @Inject
    TransactionSynchronizationRegistry registry;

    /**
     * Adds an event; it commits or rolls back with the caller's transaction (MANDATORY: an event outside a
     * transaction could exist without its change). Returns the event id ({@code ce_id}).
     *
     * @param type        the declared event type: its CloudEvents type, aggregate type, topic and schema version
     * @param aggregateId the Kafka key: consumers see the events of one aggregate in commit order
     * @param payload     the event data, of the class the type declares (a response record, never an entity)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> UUID publish(EventType<P> type, Object aggregateId, P payload) {
        if (!type.payload().isInstance(payload)) {
            // the compiler checks this; a raw or unchecked call is caught here rather than published
            throw new IllegalArgumentException(type + " carries " + type.payload().getSimpleName() + ", not "
                    + (payload == null ? "null" : payload.getClass().getSimpleName()));
        }
        UUID id = UUID.randomUUID();
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload not serialisable: " + type, e);
        }
        em.createNativeQuery("insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload, request_id, actor, occurred_at, dataschema)"
                        + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8, ?9, ?10)")
                .setParameter(1, id)
                .setParameter(2, type.aggregate().name())
                .setParameter(3, String.valueOf(aggregateId))
                .setParameter(4, type.type())
                .setParameter(5, type.source().topic())
                .setParameter(6, json)
                .setParameter(7, requestId())
                .setParameter(8, caller.name())
                .setParameter(9, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(10, type.dataschema())
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    /** An event to publish with {@link #publishAll}: the arguments of {@link #publish}. */
    public record Event<P>(EventType<P> type, Object aggregateId, P payload) {
        public Event {
            if (!type.payload().isInstance(payload)) {
                throw new IllegalArgumentException(type + " carries " + type.payload().getSimpleName() + ", not "
                        + (payload == null ? "null" : payload.getClass().getSimpleName()));
            }
        }
    }

    /**
     * The events of a bulk change (thousands in one transaction), in their order: the same rows {@link #publish} adds,
     * sent to PostgreSQL as one JDBC batch instead of a statement and a round trip each. Returns their ids.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<Event<?>> events) {
        if (events.isEmpty()) return List.of();
        List<UUID> ids = new ArrayList<>(events.size());
        String requestId = requestId();
        String actor = caller.name();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload, request_id, actor, occurred_at, dataschema)"
                    + " values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)")) {
                for (Event<?> e : events) {
                    UUID id = UUID.randomUUID();
                    ps.setObject(1, id);
                    ps.setString(2, e.type().aggregate().name());
                    ps.setString(3, String.valueOf(e.aggregateId()));
                    ps.setString(4, e.type().type());
                    ps.setString(5, e.type().source().topic());
                    ps.setString(6, json(e));
                    ps.setString(7, requestId);
                    ps.setString(8, actor);
                    ps.setObject(9, now);
                    ps.setString(10, e.type().dataschema());
                    ps.addBatch();
                    ids.add(id);
                }
                ps.executeBatch();
            }
        });
        wakeRelayAfterCommit();
        return ids;
    }

    private String json(Event<?> e) {
        try {
            return mapper.writeValueAsString(e.payload());
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("event payload not serialisable: " + e.type(), x);
        }
    }

    private static String requestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** One wake-up per transaction, after it commits: the usual event latency is then milliseconds, not a poll. */
    private void wakeRelayAfterCommit() {
        if (registry.getResource(WAKE_KEY) != null) return;
        registry.putResource(WAKE_KEY, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) relay.wake();
            }
        });
    }
}
