package cn.gov.epidemic.kit.audit;

import cn.gov.epidemic.kitweb.problem.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;

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
        Object rid = MDC.get(RequestIds.MDC_KEY);
        em.createNativeQuery("insert into audit_log (actor, action, target_type, target_id, request_id, detail) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, caller.name())
                .setParameter(2, action)
                .setParameter(3, targetType)
                .setParameter(4, targetId == null ? null : targetId.toString())
                .setParameter(5, rid == null ? null : rid.toString())
                .setParameter(6, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500))
                .executeUpdate();
    }
}
