package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.messaging.IncomingEvent;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.personnel.Deployment;
import cn.gov.epidemic.personnel.DeploymentState;
import cn.gov.epidemic.personnel.DestinationType;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.KeyPerson;
import cn.gov.epidemic.personnel.KeyPersonAssignment;
import cn.gov.epidemic.personnel.KeyPersonCategory;
import cn.gov.epidemic.personnel.ObservationState;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import com.fasterxml.jackson.databind.JsonNode;
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
 * the link back. One observation per referral, however often the event arrives. The event carries no ID-card or
 * phone number (checkpoint-service masks them on the broker); officers read them on the referral with their role.
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent e) {
        if (!OPENED.equals(e.type()) || e.data() == null) return;
        JsonNode d = e.data();
        String code = d.path("destinationDivisionCode").asText(null);
        if (code == null || code.isBlank()) return; // no destination division: the checkpoint's hospital handles it alone
        UUID referralId = uuid(d, "id");
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
        k.name = trim(d.path("personName").asText("(unnamed traveller)"), 60);
        k.category = KeyPersonCategory.FEVER_AT_CHECKPOINT;
        k.cameFrom = d.hasNonNull("origin") ? trim(d.get("origin").asText(), 120) : null;
        k.arrivedOn = today;
        k.divisionCode = division.code;
        k.address = d.hasNonNull("destination") ? trim(d.get("destination").asText(), 200) : null;
        k.observationStart = today;
        k.observationDays = config.observation().defaultDays();
        k.state = ObservationState.UNDER_OBSERVATION;
        k.referralId = referralId;
        k.sourceReference = trim("checkpoint referral " + referralId + ", " + d.path("temperature").asText("?") + " °C, sent to "
                + d.path("hospital").asText("hospital"), 200);
        k.createdAt = now;
        k.persist();
        List<Deployment> deployed = Deployment.list("destinationType = ?1 and divisionCode = ?2 and state = ?3 order by activatedAt, id",
                DestinationType.DIVISION, division.code, DeploymentState.ACTIVE);
        for (Deployment dep : deployed) {
            KeyPersonAssignment a = new KeyPersonAssignment();
            a.key = new KeyPersonAssignment.Key(k.id, dep.id);
            a.personId = dep.personId;
            a.assignedAt = now;
            a.persist();
        }
        em.flush();
        outbox.publish("key-person", k.id, PersonnelEvents.OBSERVATION_STARTED, Views.keyPerson(k, false));
        audit.record("CREATE", "key-person", k.id, "from referral " + referralId);
        if (deployed.isEmpty()) LOG.warnf("observation %s opened in %s with nobody deployed there", k.id, division.code);
    }

    private static String trim(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static UUID uuid(JsonNode d, String field) {
        try {
            return UUID.fromString(d.path(field).asText());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("referral event without a valid " + field);
        }
    }
}
