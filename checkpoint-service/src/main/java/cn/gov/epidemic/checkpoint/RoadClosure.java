package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.checkpoint.service.ServiceProblem;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A request to close or interrupt a road section, its approval, its detour, and its lifting. */
@Entity
@Table(name = "road_closure")
public class RoadClosure extends PanacheEntityBase {

    @Id
    public UUID id;
    public String road;
    @Enumerated(EnumType.STRING)
    @Column(name = "road_class")
    public RoadClass roadClass;
    @Column(name = "section_from")
    public String sectionFrom;
    @Column(name = "section_to")
    public String sectionTo;
    public String reason;
    @Enumerated(EnumType.STRING)
    public ClosureMethod method;
    @Column(name = "period_start")
    public OffsetDateTime periodStart;
    @Column(name = "period_end")
    public OffsetDateTime periodEnd;
    @Column(name = "requesting_body")
    public String requestingBody;
    @Column(name = "requested_by")
    public String requestedBy;
    @Enumerated(EnumType.STRING)
    public ClosureState state;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "detour_route")
    public String detourRoute;
    @Column(name = "detour_announcing_body")
    public String detourAnnouncingBody;
    @Column(name = "detour_published_at")
    public OffsetDateTime detourPublishedAt;
    @Column(name = "effective_at")
    public OffsetDateTime effectiveAt;
    @Column(name = "lifted_at")
    public OffsetDateTime liftedAt;
    @Column(name = "lifted_by")
    public String liftedBy;
    @Column(name = "lift_reason")
    public String liftReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    public void approve(String by, String note, OffsetDateTime at) {
        requireState(ClosureState.REQUESTED, Text.of("approved", "批准"));
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
        state = ClosureState.APPROVED;
        takeEffectIfReady(at);
    }

    public void reject(String by, String note, OffsetDateTime at) {
        requireState(ClosureState.REQUESTED, Text.of("rejected", "驳回"));
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
        state = ClosureState.REJECTED;
    }

    public void publishDetour(String route, String announcingBody, OffsetDateTime at) {
        if (state != ClosureState.REQUESTED && state != ClosureState.APPROVED) throw invalid(Text.of("given a detour", "发布绕行线路"));
        if (detourRoute != null) {
            throw ProblemException.rule(ServiceProblem.DETOUR_ALREADY_PUBLISHED, Text.format(
                    "Road closure %s already has a published detour; it cannot be replaced once announced.", "道路封闭 %s 已发布绕行线路；已公告的绕行线路不能替换。", id));
        }
        detourRoute = route;
        detourAnnouncingBody = announcingBody;
        detourPublishedAt = at;
        takeEffectIfReady(at);
    }

    public void lift(String by, String why, OffsetDateTime at) {
        if (state != ClosureState.IN_EFFECT && state != ClosureState.APPROVED) throw invalid(Text.of("lifted", "解除"));
        state = ClosureState.LIFTED;
        liftedAt = at;
        liftedBy = by;
        liftReason = why;
    }

    /** Approved and detour published: the closure takes effect. */
    private void takeEffectIfReady(OffsetDateTime at) {
        if (state == ClosureState.APPROVED && detourRoute != null) {
            state = ClosureState.IN_EFFECT;
            effectiveAt = periodStart.isAfter(at) ? periodStart : at;
        }
    }

    private void requireState(ClosureState s, Text verb) {
        if (state != s) throw invalid(verb);
    }

    private ProblemException invalid(Text verb) {
        return ProblemException.rule(ProblemType.INVALID_STATE_TRANSITION, Text.of("Road closure " + id + " is " + state + " and cannot be " + verb.en() + ".",
                "道路封闭 " + id + " 处于 " + state + " 状态，不能" + verb.zh() + "。"));
    }
}
