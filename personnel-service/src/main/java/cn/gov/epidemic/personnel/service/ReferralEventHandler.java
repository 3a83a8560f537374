package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.messaging.Received;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kit.sealing.Sealing;
import cn.gov.epidemic.kit.sealing.SealingKeys;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.KeyPerson;
import cn.gov.epidemic.personnel.KeyPersonCategory;
import cn.gov.epidemic.personnel.ObservationState;
import cn.gov.epidemic.personnel.api.FieldApi.Assignee;
import cn.gov.epidemic.personnel.api.PersonApi;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.consumer.ReferralEvent;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Flow 3, personnel side: a traveller found with a fever at a road checkpoint, heading for a village or community,
 * is put under key-person observation there and assigned to the officers deployed in it, with the referral's id as
 * the link back. One observation per referral, however often the event arrives. The event carries no ID-card number
 * and the phone only sealed for this service ({@code sealedPhone}, kit {@link Sealing}): opened here, it is stored like
 * every phone personnel keeps and shown whole to {@code personnel:pii} only, so the community can call the person.
 */
@ApplicationScoped
public class ReferralEventHandler {

    private static final Logger LOG = Logger.getLogger(ReferralEventHandler.class);

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;
    @Inject
    PersonnelConfig config;
    @Inject
    Sealing sealing;
    @Inject
    ObservationAssignments assignments;

    /** checkpoint-service's referral.opened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(ReferralEvent e) {
        String code = Received.cut(e.destinationDivisionCode(), 12);
        if (code == null || code.isBlank()) return; // no destination division: the checkpoint's hospital handles it alone
        UUID referralId = e.id();
        // an existence probe, not a count: Hibernate builds a count query anew per call (a fifth of this handler's CPU)
        if (!em.createQuery("select 1 from KeyPerson where referralId = ?1", Integer.class).setParameter(1, referralId)
                .setMaxResults(1).getResultList().isEmpty()) return;
        Division division = Division.findById(code);
        if (division == null) throw new IllegalArgumentException("referral " + referralId + " is for division " + code + ", which is not registered here");
        if (!division.kind.isGrassroots()) {
            throw new IllegalArgumentException("referral " + referralId + " is for division " + code + ", not a gacha, village or community");
        }
        LocalDate today = config.today();
        OffsetDateTime now = config.now();
        KeyPerson k = new KeyPerson();
        k.id = UUID.randomUUID();
        k.name = Objects.requireNonNullElse(Received.cut(e.personName(), 60), "(unnamed traveller)");
        k.phone = phone(e.sealedPhone(), referralId);
        k.category = KeyPersonCategory.FEVER_AT_CHECKPOINT;
        k.cameFrom = Received.cut(e.origin(), 120);
        k.arrivedOn = today;
        k.divisionCode = division.code;
        k.address = Received.cut(e.destination(), 200);
        k.observationStart = today;
        k.observationDays = config.observation().defaultDays();
        k.state = ObservationState.UNDER_OBSERVATION;
        k.referralId = referralId;
        String temperature = e.temperature() == null ? null : Received.cut(e.temperature().toPlainString(), 5);
        k.sourceReference = Received.cut("checkpoint referral " + referralId + ", " + temperature + " °C, sent to "
                + Received.cut(e.hospital(), 120), 200);
        k.createdAt = now;
        k.persist();
        List<Assignee> assignees = assignments.assignOfficersDeployed(k, now);
        em.flush();
        outbox.publish(PersonnelEvents.OBSERVATION_STARTED, k.id, Views.keyPerson(k, false, assignees));
        audit.record("CREATE", "key-person", k.id, "from referral " + referralId);
        if (assignees.isEmpty()) LOG.warnf("observation %s opened in %s with nobody deployed there", k.id, division.code);
    }

    /**
     * The traveller's phone from the sealed field, or null: none recorded, an event of an earlier checkpoint-service
     * without the field, or a value this service cannot open. The last is a key-configuration fault, logged (key id and
     * reason, never the value), but not a reason to hold back the observation: the community must know of the person
     * even without the number.
     */
    private String phone(String sealedPhone, UUID referralId) {
        String sealed = Received.cut(sealedPhone, 1000);
        if (sealed == null || sealed.isBlank()) return null;
        try {
            String phone = sealing.keys().open(SealingKeys.context("referral", referralId, "phone"), sealed);
            if (phone.length() <= 20 && phone.matches(PersonApi.PHONE)) return phone; // the column of every phone here
            LOG.errorf("referral %s: its sealed phone opened to no phone number; observation opened without it", referralId);
        } catch (SealingKeys.Unreadable u) {
            LOG.errorf("referral %s: sealed phone not opened (%s); observation opened without it. Check that "
                    + "EPIDEMIC_SEALING_KEYS holds checkpoint-service's keys", referralId, u.getMessage());
        }
        return null;
    }
}
