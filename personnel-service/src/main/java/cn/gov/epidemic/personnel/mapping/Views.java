package cn.gov.epidemic.personnel.mapping;

import cn.gov.epidemic.kitweb.pii.Masks;
import cn.gov.epidemic.personnel.Deployment;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.DutyPost;
import cn.gov.epidemic.personnel.FollowUp;
import cn.gov.epidemic.personnel.KeyPerson;
import cn.gov.epidemic.personnel.ObservationChange;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.ScreeningVisit;
import cn.gov.epidemic.personnel.Shift;
import cn.gov.epidemic.personnel.SourceUnit;
import cn.gov.epidemic.personnel.Team;
import cn.gov.epidemic.personnel.api.DeploymentApi.DeploymentView;
import cn.gov.epidemic.personnel.api.DivisionApi.DivisionView;
import cn.gov.epidemic.personnel.api.FieldApi.Assignee;
import cn.gov.epidemic.personnel.api.FieldApi.ChangeView;
import cn.gov.epidemic.personnel.api.FieldApi.FollowUpView;
import cn.gov.epidemic.personnel.api.FieldApi.KeyPersonView;
import cn.gov.epidemic.personnel.api.FieldApi.VisitView;
import cn.gov.epidemic.personnel.api.PersonApi.PersonView;
import cn.gov.epidemic.personnel.api.PostApi.PostView;
import cn.gov.epidemic.personnel.api.PostApi.ShiftView;
import cn.gov.epidemic.personnel.api.TeamApi.TeamView;
import cn.gov.epidemic.personnel.api.UnitApi.UnitView;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Entity → response record, the only way entities reach the wire; personal data masked unless {@code reveal}. */
public final class Views {

    /** The fever threshold of the source (≥ 37.3 °C). */
    public static final BigDecimal FEVER = new BigDecimal("37.3");

    private Views() {
    }

    public static DivisionView division(Division d) {
        return new DivisionView(d.code, d.name, d.kind, d.kind.level, d.parentCode, d.households);
    }

    public static UnitView unit(SourceUnit u) {
        return new UnitView(u.id, u.name, u.kind, u.divisionCode);
    }

    public static PersonView person(Person p, boolean reveal) {
        return new PersonView(p.id, p.name, p.category, p.unitId, p.partyMember,
                reveal ? p.idCardNumber : Masks.idCard(p.idCardNumber), reveal ? p.phone : Masks.phone(p.phone),
                !reveal && (p.idCardNumber != null || p.phone != null), p.createdAt, p.version);
    }

    public static DeploymentView deployment(Deployment d, String personName) {
        return new DeploymentView(d.id, d.personId, personName, d.planId, d.destinationType, d.divisionCode, d.checkpointId,
                d.workGroup, Set.copyOf(d.duties), d.state, d.plannedStart, d.activatedAt, d.relievedAt, d.cancelledAt,
                d.createdAt, d.version);
    }

    public static TeamView team(Team t, long members) {
        return new TeamView(t.id, t.name, t.kind, t.divisionCode, t.leaderId, members, t.createdAt, t.version);
    }

    public static PostView post(DutyPost p) {
        return new PostView(p.id, p.name, p.kind, p.divisionCode, p.location, p.version);
    }

    public static ShiftView shift(Shift s) {
        return new ShiftView(s.id, s.postId, s.startsAt, s.endsAt, s.teamId, s.personId);
    }

    public static VisitView visit(ScreeningVisit v) {
        return new VisitView(v.id, v.divisionCode, v.household, v.visitedAt, v.workerId, v.residents, v.outcome, v.notes);
    }

    public static KeyPersonView keyPerson(KeyPerson k, boolean reveal) {
        return keyPerson(k, reveal, assignees(k));
    }

    /** The view with its assignees already known (an observation just opened: the rows its transaction wrote). */
    public static KeyPersonView keyPerson(KeyPerson k, boolean reveal, List<Assignee> assignees) {
        return new KeyPersonView(k.id, k.name, reveal ? k.idCardNumber : Masks.idCard(k.idCardNumber),
                reveal ? k.phone : Masks.phone(k.phone), k.category, k.cameFrom, k.arrivedOn, k.divisionCode, k.address,
                k.observationStart, k.observationDays, k.observationEnd(), k.state, k.endedAt, k.endReason, k.hospital,
                k.sourceReference, k.referralId, assignees, !reveal && (k.idCardNumber != null || k.phone != null), k.version);
    }

    private static List<Assignee> assignees(KeyPerson k) {
        if (k.referralId == null) return List.of(); // only observations opened from a referral are assigned
        // one query with the names, not one per officer
        return KeyPerson.getEntityManager().createQuery("select a.personId, p.name, a.key.deploymentId"
                        + " from KeyPersonAssignment a left join Person p on p.id = a.personId where a.key.keyPersonId = ?1"
                        + " order by a.assignedAt, a.key.deploymentId", Object[].class)
                .setParameter(1, k.id).getResultStream()
                .map(row -> new Assignee((java.util.UUID) row[0], (String) row[1], (java.util.UUID) row[2])).toList();
    }

    public static ChangeView change(ObservationChange c) {
        return new ChangeView(c.changedAt, c.changedBy, c.oldDays, c.newDays, c.reason);
    }

    public static FollowUpView followUp(FollowUp f, boolean reveal) {
        List<String> symptoms = f.symptoms == null || f.symptoms.isEmpty() ? List.of() : Arrays.asList(f.symptoms.split(","));
        return new FollowUpView(f.id, f.keyPersonId, f.day, reveal ? f.temperature : null,
                reveal ? f.temperature.compareTo(FEVER) >= 0 : null, reveal ? symptoms : null, f.recordedAt, f.recordedBy, !reveal);
    }
}
