package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kit.sealing.Sealing;
import cn.gov.epidemic.kit.sealing.SealingKeys;
import cn.gov.epidemic.personnel.Deployment;
import cn.gov.epidemic.personnel.DeploymentState;
import cn.gov.epidemic.personnel.DestinationType;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.KeyPerson;
import cn.gov.epidemic.personnel.KeyPersonAssignment;
import cn.gov.epidemic.personnel.KeyPersonCategory;
import cn.gov.epidemic.personnel.ObservationState;
import cn.gov.epidemic.personnel.api.PersonApi;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
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
import java.util.UUID;

/**
 * Flow 3, personnel side: a traveller found with a fever at a road checkpoint, heading for a village or community,
 * is put under key-person observation there and assigned to the officers deployed in it, with the referral's id as
 * the link back. One observation per referral, however often the event arrives. The event carries no ID-card number
 * and the phone only sealed for this service ({@code sealedPhone}, kit {@link Sealing}): opened here, it is stored like
 * every phone personnel keeps and shown whole to {@code personnel:pii} only, so the community can call the person.
 */
@ApplicationScoped
public class ReferralObservations {

    private static final Logger LOG = Logger.getLogger(ReferralObservations.class);
    static final String OPENED = "cn.gov.epidemic.checkpoint.referral.opened";

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

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent e) {
        if (!OPENED.equals(e.type()) || e.data() == null) return;
        String code = e.optionalText("destinationDivisionCode", 12);
        if (code == null || code.isBlank()) return; // no destination division: the checkpoint's hospital handles it alone
        UUID referralId = e.uuid("id");
        if (KeyPerson.count("referralId", referralId) > 0) return;
        Division division = Division.findById(code);
        if (division == null) throw new IllegalArgumentException("referral " + referralId + " is for division " + code + ", which is not registered here");
        if (!division.kind.isGrassroots()) {
            throw new IllegalArgumentException("referral " + referralId + " is for division " + code + ", not a gacha, village or community");
        }
        LocalDate today = config.today();
        OffsetDateTime now = config.now();
        KeyPerson k = new KeyPerson();
        k.id = UUID.randomUUID();
        k.name = java.util.Objects.requireNonNullElse(e.optionalText("personName", 60), "(unnamed traveller)");
        k.phone = phone(e, referralId);
        k.category = KeyPersonCategory.FEVER_AT_CHECKPOINT;
        k.cameFrom = e.optionalText("origin", 120);
        k.arrivedOn = today;
        k.divisionCode = division.code;
        k.address = e.optionalText("destination", 200);
        k.observationStart = today;
        k.observationDays = config.observation().defaultDays();
        k.state = ObservationState.UNDER_OBSERVATION;
        k.referralId = referralId;
        k.sourceReference = IncomingEvent.cut("checkpoint referral " + referralId + ", " + e.optionalText("temperature", 5) + " °C, sent to "
                + e.optionalText("hospital", 120), 200);
        k.createdAt = now;
        k.persist();
        List<Deployment> deployed = Deployment.list("destinationType = ?1 and divisionCode = ?2 and state = ?3 order by activatedAt, id",
                DestinationType.DIVISION, division.code, DeploymentState.ACTIVE);
        for (Deployment dep : deployed) assign(k, dep, now);
        em.flush();
        outbox.publish("key-person", k.id, PersonnelEvents.OBSERVATION_STARTED, Views.keyPerson(k, false));
        audit.record("CREATE", "key-person", k.id, "from referral " + referralId);
        if (deployed.isEmpty()) LOG.warnf("observation %s opened in %s with nobody deployed there", k.id, division.code);
    }

    /**
     * The traveller's phone from the sealed field, or null: none recorded, an event of an earlier checkpoint-service
     * without the field, or a value this service cannot open. The last is a key-configuration fault, logged (key id and
     * reason, never the value), but not a reason to hold back the observation: the community must know of the person
     * even without the number.
     */
    private String phone(IncomingEvent e, UUID referralId) {
        String sealed = e.optionalText("sealedPhone", 1000);
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
            outbox.publish("key-person", k.id, PersonnelEvents.OBSERVATION_ASSIGNMENT_CHANGED, Views.keyPerson(k, false));
        }
    }

    /** An officer was relieved or cancelled: they no longer follow the running observations of that division. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void officerLeft(Deployment d) {
        if (d.destinationType != DestinationType.DIVISION) return;
        for (KeyPerson k : open(d.divisionCode)) {
            if (KeyPersonAssignment.delete("key.keyPersonId = ?1 and key.deploymentId = ?2", k.id, d.id) == 0) continue;
            em.flush();
            outbox.publish("key-person", k.id, PersonnelEvents.OBSERVATION_ASSIGNMENT_CHANGED, Views.keyPerson(k, false));
        }
    }

    private static List<KeyPerson> open(String divisionCode) {
        return KeyPerson.list("divisionCode = ?1 and state = ?2 and referralId is not null", divisionCode, ObservationState.UNDER_OBSERVATION);
    }

    private static void assign(KeyPerson k, Deployment d, OffsetDateTime now) {
        KeyPersonAssignment a = new KeyPersonAssignment();
        a.key = new KeyPersonAssignment.Key(k.id, d.id);
        a.personId = d.personId;
        a.assignedAt = now;
        a.persist();
    }
}
