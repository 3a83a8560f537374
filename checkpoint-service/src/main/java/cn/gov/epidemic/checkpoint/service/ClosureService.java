package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.checkpoint.Agency;
import cn.gov.epidemic.checkpoint.ClosureState;
import cn.gov.epidemic.checkpoint.RoadClass;
import cn.gov.epidemic.checkpoint.RoadClosure;
import cn.gov.epidemic.checkpoint.api.ClosureApi.ClosureView;
import cn.gov.epidemic.checkpoint.api.ClosureApi.Decision;
import cn.gov.epidemic.checkpoint.api.ClosureApi.Lifting;
import cn.gov.epidemic.checkpoint.api.ClosureApi.NewClosure;
import cn.gov.epidemic.checkpoint.api.ClosureApi.NewDetour;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.checkpoint.mapping.Views;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Road closures (Chifeng's rules): expressways and national/provincial trunk roads may not be closed; hard
 * isolation is refused; a closure needs an approval and a detour announced by the traffic police before it takes
 * effect; lifting is recorded. The requester cannot approve their own request.
 */
@ApplicationScoped
public class ClosureService {

    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "periodStart", "periodStart",
            "road", "road", "state", "state");

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    CheckpointConfig config;

    @Transactional
    public ClosureView request(@NotNull @Valid NewClosure in) {
        if (in.roadClass().protectedFromClosure) {
            throw ProblemException.rule(ServiceProblem.TRUNK_ROAD_CLOSURE_REFUSED, Text.format(
                    "A %s may not be closed or interrupted (不得封闭高速公路、阻断国省干线); set up a monitoring point instead.",
                    "%s 不得封闭或阻断（不得封闭高速公路、阻断国省干线）；请改为设立检测点。", in.roadClass()));
        }
        if (in.method().hardIsolation) {
            throw ProblemException.rule(ServiceProblem.HARD_ISOLATION_REFUSED, Text.format(
                    "%s is hard isolation (不得采取堆填、挖断等硬隔离方式); use a barrier, cones, signage or a staffed checkpoint.",
                    "%s 属于硬隔离（不得采取堆填、挖断等硬隔离方式）；请使用路障、锥桶、标志或设卡值守。", in.method()));
        }
        if (in.periodEnd() != null && !in.periodEnd().isAfter(in.periodStart())) {
            throw ProblemException.validation("periodEnd", Violations.after("periodStart"));
        }
        RoadClosure r = new RoadClosure();
        r.id = UUID.randomUUID();
        r.road = in.road();
        r.roadClass = in.roadClass();
        r.sectionFrom = in.sectionFrom();
        r.sectionTo = in.sectionTo();
        r.reason = in.reason();
        r.method = in.method();
        r.periodStart = in.periodStart();
        r.periodEnd = in.periodEnd();
        r.requestingBody = in.requestingBody();
        r.requestedBy = caller.name();
        r.state = ClosureState.REQUESTED;
        r.createdAt = config.now();
        r.persist();
        return finish(r, CheckpointEvents.CLOSURE_REQUESTED, "CREATE");
    }

    @Transactional
    public ClosureView approve(@NotNull UUID id, @Valid Decision in, Long expectedVersion) {
        RoadClosure r = Lookups.closure(id);
        ETags.check(expectedVersion, r.version);
        String by = caller.name();
        if (by.equals(r.requestedBy) && !Caller.SYSTEM.equals(by) && !"anonymous".equals(by)) { // the demo loader (no client identity) is exempt
            throw ProblemException.rule(ServiceProblem.CLOSURE_SELF_APPROVAL, Text.format(
                    "Road closure %s was requested by this client; another approver must decide.", "道路封闭申请 %s 由本客户端提出；须由其他审批人决定。", id));
        }
        r.approve(by, in == null ? null : in.note(), config.now());
        ClosureView v = finish(r, CheckpointEvents.CLOSURE_APPROVED, "APPROVE");
        if (r.state == ClosureState.IN_EFFECT) outbox.publish(CheckpointEvents.CLOSURE_IN_EFFECT, r.id, v);
        return v;
    }

    @Transactional
    public ClosureView reject(@NotNull UUID id, @Valid Decision in, Long expectedVersion) {
        RoadClosure r = Lookups.closure(id);
        ETags.check(expectedVersion, r.version);
        r.reject(caller.name(), in == null ? null : in.note(), config.now());
        return finish(r, CheckpointEvents.CLOSURE_REJECTED, "REJECT");
    }

    @Transactional
    public ClosureView publishDetour(@NotNull UUID id, @NotNull @Valid NewDetour in, Long expectedVersion) {
        RoadClosure r = Lookups.closure(id);
        ETags.check(expectedVersion, r.version);
        if (in.announcedBy() != Agency.TRAFFIC_POLICE) {
            throw ProblemException.rule(ServiceProblem.DETOUR_NOT_BY_TRAFFIC_POLICE, Text.format(
                    "The detour of a road closure is announced by the traffic police (公安交警部门对外发布绕行线路公告), not by %s.",
                    "道路封闭的绕行线路由公安交警部门对外发布公告，而不是 %s。", in.announcedBy()));
        }
        r.publishDetour(in.route(), in.announcingBody(), config.now());
        ClosureView v = finish(r, CheckpointEvents.CLOSURE_DETOUR_PUBLISHED, "DETOUR");
        if (r.state == ClosureState.IN_EFFECT) outbox.publish(CheckpointEvents.CLOSURE_IN_EFFECT, r.id, v);
        return v;
    }

    @Transactional
    public ClosureView lift(@NotNull UUID id, @NotNull @Valid Lifting in, Long expectedVersion) {
        RoadClosure r = Lookups.closure(id);
        ETags.check(expectedVersion, r.version);
        r.lift(caller.name(), in.reason(), config.now());
        return finish(r, CheckpointEvents.CLOSURE_LIFTED, "LIFT");
    }

    private ClosureView finish(RoadClosure r, EventType<ClosureView> eventType, String action) {
        em.flush();
        ClosureView v = Views.closure(r);
        outbox.publish(eventType, r.id, v);
        audit.record(action, "road_closure", r.id, r.state.name());
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClosureView get(UUID id) {
        return Views.closure(Lookups.closure(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClosureView> list(ClosureState state, RoadClass roadClass, String road, PageQuery page) {
        Filter f = Filter.where().eq("state", state).eq("roadClass", roadClass).contains("road", road);
        return Page.of(RoadClosure.<RoadClosure>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, Views::closure);
    }

    /** The public feed: closures in effect now (approved, detour published, within the period, not lifted), with detours. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClosureView> active(PageQuery page) {
        OffsetDateTime now = config.now();
        return Page.of(RoadClosure.<RoadClosure>find("state = ?1 and periodStart <= ?2 and (periodEnd is null or periodEnd > ?2)",
                page.toSort(SORTS, "id"), ClosureState.IN_EFFECT, now), page, Views::closure);
    }
}
