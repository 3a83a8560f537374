package cn.gov.epidemic.kit.audit;

import cn.gov.epidemic.kitweb.problem.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.MDC;

import java.sql.PreparedStatement;
import java.util.List;

/**
 * The audit trail: who did what to which record, when, under which request id. Writes join the transaction of the
 * change; reads of personal data get a transaction of their own. The detail never holds personal data.
 */
@ApplicationScoped
public class Audit {

    @Inject
    EntityManager em;
    @Inject
    Caller caller;

    @Transactional
    public void record(String action, String targetType, Object targetId, String detail) {
        Session session = em.unwrap(Session.class);
        // the pending changes first, as the native query this was did by its auto-flush: their constraint errors
        // surface here, in the service, not at commit; then plain JDBC (no native query's parsing, plan and binding)
        session.flush();
        insert(session, List.of(new Entry(action, targetType, targetId, detail)));
    }

    /** An entry for {@link #recordAll}: the arguments of {@link #record}. */
    public record Entry(String action, String targetType, Object targetId, String detail) {
    }

    /** The entries of a bulk change in one JDBC batch: the same rows {@link #record} adds, without a round trip each. */
    @Transactional
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) return;
        insert(em.unwrap(Session.class), entries);
    }

    private void insert(Session session, List<Entry> entries) {
        Object rid = MDC.get(RequestIds.MDC_KEY);
        String actor = caller.name();
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("insert into audit_log (actor, action, target_type, target_id, request_id, detail) values (?, ?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    ps.setString(1, actor);
                    ps.setString(2, e.action());
                    ps.setString(3, e.targetType());
                    ps.setString(4, e.targetId() == null ? null : e.targetId().toString());
                    ps.setString(5, rid == null ? null : rid.toString());
                    ps.setString(6, e.detail() == null || e.detail().length() <= 500 ? e.detail() : e.detail().substring(0, 500));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
