package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.personnel.Deployment;
import cn.gov.epidemic.personnel.DeploymentState;
import cn.gov.epidemic.personnel.DestinationType;
import cn.gov.epidemic.personnel.KeyPerson;
import cn.gov.epidemic.personnel.KeyPersonAssignment;
import cn.gov.epidemic.personnel.ObservationState;
import cn.gov.epidemic.personnel.api.FieldApi.Assignee;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Flow 3: who follows an observation opened from a referral — the officers ACTIVE in its division, when it opens and as
 * they arrive or leave later. Runs in the transaction of the referral or of the deployment.
 */
@ApplicationScoped
public class ObservationAssignments {

    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    PersonnelConfig config;

    /**
     * A new observation is assigned to the officers ACTIVE in its division; returns them as its view lists them (by
     * deployment id, all assigned at the same instant), so that the view needs no query of the rows just written.
     * One query reads the deployments' ids and the officers' names, not the deployment entities.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Assignee> assignOfficersDeployed(KeyPerson k, OffsetDateTime now) {
        List<Assignee> assignees = em.createQuery("select d.id, d.personId, p.name from Deployment d left join Person p on p.id = d.personId"
                        + " where d.destinationType = ?1 and d.divisionCode = ?2 and d.state = ?3 order by d.id", Object[].class)
                .setParameter(1, DestinationType.DIVISION).setParameter(2, k.divisionCode).setParameter(3, DeploymentState.ACTIVE)
                .getResultStream().map(row -> new Assignee((UUID) row[1], (String) row[2], (UUID) row[0])).toList();
        for (Assignee a : assignees) assign(k, a.deploymentId(), a.personId(), now);
        return assignees;
    }

    /**
     * An officer became ACTIVE in a division: the observations opened there from referrals and still running are
     * assigned to them too. Runs in the deployment's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void officerArrived(Deployment d) {
        if (d.destinationType != DestinationType.DIVISION) return;
        OffsetDateTime now = config.now();
        for (KeyPerson k : open(d.divisionCode)) {
            if (KeyPersonAssignment.findById(new KeyPersonAssignment.Key(k.id, d.id)) != null) continue;
            assign(k, d, now);
            em.flush();
            outbox.publish(PersonnelEvents.OBSERVATION_ASSIGNMENT_CHANGED, k.id, Views.keyPerson(k, false));
        }
    }

    /**
     * Many officers became ACTIVE at once (a bulk import): {@link #officerArrived} for each whose division has running
     * observations from referrals, found with one query for all their divisions instead of one per officer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void officersArrived(List<Deployment> deployments) {
        Set<String> codes = new HashSet<>();
        for (Deployment d : deployments) {
            if (d.destinationType == DestinationType.DIVISION) codes.add(d.divisionCode);
        }
        if (codes.isEmpty()) return;
        Set<String> observed = new HashSet<>();
        KeyPerson.<KeyPerson>list("divisionCode in ?1 and state = ?2 and referralId is not null", codes, ObservationState.UNDER_OBSERVATION)
                .forEach(k -> observed.add(k.divisionCode));
        for (Deployment d : deployments) {
            if (d.destinationType == DestinationType.DIVISION && observed.contains(d.divisionCode)) officerArrived(d);
        }
    }

    /** An officer was relieved or cancelled: they no longer follow the running observations of that division. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void officerLeft(Deployment d) {
        if (d.destinationType != DestinationType.DIVISION) return;
        for (KeyPerson k : open(d.divisionCode)) {
            if (KeyPersonAssignment.delete("key.keyPersonId = ?1 and key.deploymentId = ?2", k.id, d.id) == 0) continue;
            em.flush();
            outbox.publish(PersonnelEvents.OBSERVATION_ASSIGNMENT_CHANGED, k.id, Views.keyPerson(k, false));
        }
    }

    private static List<KeyPerson> open(String divisionCode) {
        return KeyPerson.list("divisionCode = ?1 and state = ?2 and referralId is not null", divisionCode, ObservationState.UNDER_OBSERVATION);
    }

    private static void assign(KeyPerson k, Deployment d, OffsetDateTime now) {
        assign(k, d.id, d.personId, now);
    }

    private static void assign(KeyPerson k, UUID deploymentId, UUID personId, OffsetDateTime now) {
        KeyPersonAssignment a = new KeyPersonAssignment();
        a.key = new KeyPersonAssignment.Key(k.id, deploymentId);
        a.personId = personId;
        a.assignedAt = now;
        a.persist();
    }
}
