package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.supplies.AllocationLine;
import cn.gov.epidemic.supplies.AllocationPlan;
import cn.gov.epidemic.supplies.Dispatch;
import cn.gov.epidemic.supplies.DispatchState;
import cn.gov.epidemic.supplies.Item;
import cn.gov.epidemic.supplies.Lot;
import cn.gov.epidemic.supplies.MovementKind;
import cn.gov.epidemic.supplies.PlanState;
import cn.gov.epidemic.supplies.Priority;
import cn.gov.epidemic.supplies.Recipient;
import cn.gov.epidemic.supplies.RequestState;
import cn.gov.epidemic.supplies.Reservation;
import cn.gov.epidemic.supplies.ReservationLot;
import cn.gov.epidemic.supplies.ReservationState;
import cn.gov.epidemic.supplies.SupplyRequest;
import cn.gov.epidemic.supplies.Warehouse;
import cn.gov.epidemic.supplies.api.AllocationApi.FulfilmentView;
import cn.gov.epidemic.supplies.api.AllocationApi.NewAllocationPlan;
import cn.gov.epidemic.supplies.api.AllocationApi.NewRequest;
import cn.gov.epidemic.supplies.api.AllocationApi.NewReservation;
import cn.gov.epidemic.supplies.api.AllocationApi.PlanRejection;
import cn.gov.epidemic.supplies.api.AllocationApi.PlanView;
import cn.gov.epidemic.supplies.api.AllocationApi.RequestView;
import cn.gov.epidemic.supplies.api.AllocationApi.ReservationView;
import cn.gov.epidemic.supplies.api.AllocationApi.ReservedLot;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import cn.gov.epidemic.supplies.event.SuppliesEvents;
import cn.gov.epidemic.supplies.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests, allocation plans for scarce stock (rule: {@link Allocator}), and reservations. */
@ApplicationScoped
public class AllocationService {

    private static final Map<String, String> REQUEST_SORTS = Map.of("createdAt", "createdAt", "priority", "priority", "state", "state", "neededBy", "neededBy");
    private static final Map<String, String> PLAN_SORTS = Map.of("createdAt", "createdAt", "state", "state");
    private static final Map<String, String> RESERVATION_SORTS = Map.of("createdAt", "createdAt", "state", "state");

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    SuppliesConfig config;
    @Inject
    StockLedger ledger;

    // ------------------------------------------------------------------ requests

    @Transactional
    public RequestView submit(@NotNull @Valid NewRequest in) {
        Recipient r = Lookups.field(x -> Recipient.findById(x), "recipientId", Lookups.RECIPIENT, in.recipientId());
        Lookups.field(x -> Item.findById(x), "itemId", Lookups.ITEM, in.itemId());
        SupplyRequest q = new SupplyRequest();
        q.id = UUID.randomUUID();
        q.recipientId = r.id;
        q.itemId = in.itemId();
        q.quantity = in.quantity();
        q.priority = in.priority();
        q.neededBy = in.neededBy();
        q.note = in.note();
        q.state = RequestState.OPEN;
        q.createdAt = config.now();
        q.persist();
        em.flush();
        RequestView v = Views.request(q, r.name);
        outbox.publish(SuppliesEvents.REQUEST_SUBMITTED, q.id, v);
        audit.record("CREATE", "request", q.id, null);
        return v;
    }

    @Transactional
    public RequestView cancelRequest(@NotNull UUID id, Long expectedVersion) {
        SupplyRequest q = Lookups.path(x -> SupplyRequest.findById(x), Lookups.REQUEST, id);
        ETags.check(expectedVersion, q.version);
        if (q.state == RequestState.CANCELLED || q.state == RequestState.ALLOCATED) throw Lookups.invalidTransition(Lookups.REQUEST, q.id, q.state, Text.of("cancelled", "取消"));
        q.state = RequestState.CANCELLED;
        em.flush();
        RequestView v = requestView(q);
        outbox.publish(SuppliesEvents.REQUEST_CANCELLED, q.id, v);
        audit.record("CANCEL", "request", q.id, null);
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestView request(UUID id) {
        return requestView(Lookups.path(x -> SupplyRequest.findById(x), Lookups.REQUEST, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RequestView> requests(UUID recipientId, UUID itemId, RequestState state, Priority priority, PageQuery page) {
        Filter f = Filter.where().eq("recipientId", recipientId).eq("itemId", itemId).eq("state", state).eq("priority", priority);
        return Page.of(SupplyRequest.<SupplyRequest>find(f.query(), page.toSort(REQUEST_SORTS, "id"), f.params()), page, this::requestView);
    }

    private RequestView requestView(SupplyRequest q) {
        Recipient r = Recipient.findById(q.recipientId);
        return Views.request(q, r.name);
    }

    private static void allocated(SupplyRequest q, int delta) {
        q.allocated += delta;
        if (q.state != RequestState.CANCELLED) {
            q.state = q.allocated == 0 ? RequestState.OPEN : q.allocated >= q.quantity ? RequestState.ALLOCATED : RequestState.PARTIALLY_ALLOCATED;
        }
    }

    // ------------------------------------------------------------------ plans

    /** Units of an item in a warehouse that may be allocated: released, unexpired, not directed to anyone. */
    long allocatable(UUID itemId, UUID warehouseId) {
        return ((Number) em.createNativeQuery("select coalesce(sum(b.available), 0) from stock_balance b join lot l on l.id = b.lot_id"
                        + " where b.item_id = ?1 and b.warehouse_id = ?2 and l.state = 'RELEASED' and (l.expiry is null or l.expiry >= ?3)"
                        + " and l.directed_recipient_id is null")
                .setParameter(1, itemId).setParameter(2, warehouseId).setParameter(3, config.today()).getSingleResult()).longValue();
    }

    /** Why nothing of an item in a warehouse can be allocated, in figures: "6,000 on hand, all 6,000 reserved". */
    String whyNothingAvailable(UUID itemId, UUID warehouseId) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(b.on_hand), 0), coalesce(sum(b.reserved), 0),"
                        + " coalesce(sum(case when l.state <> 'RELEASED' then b.available else 0 end), 0),"
                        + " coalesce(sum(case when l.state = 'RELEASED' and l.expiry < ?3 then b.available else 0 end), 0),"
                        + " coalesce(sum(case when l.state = 'RELEASED' and (l.expiry is null or l.expiry >= ?3) and l.directed_recipient_id is not null"
                        + " then b.available else 0 end), 0)"
                        + " from stock_balance b join lot l on l.id = b.lot_id where b.item_id = ?1 and b.warehouse_id = ?2")
                .setParameter(1, itemId).setParameter(2, warehouseId).setParameter(3, config.today()).getSingleResult();
        long onHand = ((Number) r[0]).longValue();
        if (onHand == 0) return "none on hand in this warehouse";
        long[] parts = {((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue()};
        String[] names = {"reserved", "quarantined or held", "expired", "directed to a named recipient"};
        List<String> why = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == 0) continue;
            why.add((parts[i] == onHand ? "all " : "") + String.format(java.util.Locale.ROOT, "%,d", parts[i]) + " " + names[i]);
        }
        long elsewhere = onHand - java.util.Arrays.stream(parts).sum(); // picked for dispatches not yet shipped
        if (elsewhere > 0) why.add(String.format(java.util.Locale.ROOT, "%,d", elsewhere) + " being dispatched");
        return String.format(java.util.Locale.ROOT, "%,d", onHand) + " on hand, " + String.join(", ", why);
    }

    @Transactional
    public PlanView propose(@NotNull @Valid NewAllocationPlan in) {
        Item item = Lookups.field(x -> Item.findById(x), "itemId", Lookups.ITEM, in.itemId());
        Lookups.field(x -> Warehouse.findById(x), "warehouseId", Lookups.WAREHOUSE, in.warehouseId());
        long available = allocatable(item.id, in.warehouseId());
        int quantity = in.quantity() == null ? (int) available : in.quantity();
        if (quantity > available) {
            throw ProblemException.rule(ServiceProblem.INSUFFICIENT_STOCK, Text.format(
                    "%d units to share but only %d are available (released, unexpired) in this warehouse.",
                    "待分配 %d 件，但该仓库可用（已放行、未过期）库存只有 %d 件。", quantity, available));
        }
        List<SupplyRequest> requests;
        if (in.requestIds() != null && !in.requestIds().isEmpty()) {
            requests = new ArrayList<>();
            for (int i = 0; i < in.requestIds().size(); i++) {
                SupplyRequest q = Lookups.field(x -> SupplyRequest.findById(x), "requestIds[" + i + "]", Lookups.REQUEST, in.requestIds().get(i));
                if (!q.itemId.equals(item.id)) throw ProblemException.validation("requestIds[" + i + "]", Text.of("is a request for another item", "是其他物资的需求"));
                if (q.state != RequestState.OPEN && q.state != RequestState.PARTIALLY_ALLOCATED) {
                    throw ProblemException.validation("requestIds[" + i + "]", Text.format("is %s, not open", "处于 %s 状态，不是待分配", q.state));
                }
                if (!requests.contains(q)) requests.add(q);
            }
        } else {
            requests = SupplyRequest.list("itemId = ?1 and state in ?2 order by createdAt, id", item.id,
                    List.of(RequestState.OPEN, RequestState.PARTIALLY_ALLOCATED));
        }
        if (requests.isEmpty()) {
            throw ProblemException.rule(ServiceProblem.NO_OPEN_REQUESTS, Text.format("There is no open request for %s to allocate to.", "%s 没有待分配的需求。", item.code));
        }
        requests.sort(java.util.Comparator.comparing((SupplyRequest q) -> q.createdAt).thenComparing(q -> q.id));
        List<Allocator.Need> needs = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            SupplyRequest q = requests.get(i);
            needs.add(new Allocator.Need(q.id, q.priority, q.quantity - q.allocated, i));
        }
        List<Allocator.Share> shares = Allocator.allocate(quantity, needs, quantity == 0 ? whyNothingAvailable(item.id, in.warehouseId()) : null);
        AllocationPlan p = new AllocationPlan();
        p.id = UUID.randomUUID();
        p.itemId = item.id;
        p.warehouseId = in.warehouseId();
        p.quantity = quantity;
        p.available = (int) available;
        p.rule = Allocator.RULE;
        p.state = PlanState.PROPOSED;
        p.proposedBy = caller.name();
        p.createdAt = config.now();
        p.persist();
        Map<UUID, SupplyRequest> byId = new HashMap<>();
        requests.forEach(q -> byId.put(q.id, q));
        int no = 0;
        for (Allocator.Share s : shares) {
            AllocationLine l = new AllocationLine();
            l.id = UUID.randomUUID();
            l.planId = p.id;
            l.lineNo = ++no;
            l.requestId = s.requestId();
            l.recipientId = byId.get(s.requestId()).recipientId;
            l.priority = s.priority();
            l.outstanding = s.outstanding();
            l.quantity = s.quantity();
            l.reason = s.reason();
            l.persist();
        }
        em.flush();
        PlanView v = planView(p);
        outbox.publish(SuppliesEvents.ALLOCATION_PROPOSED, p.id, v);
        audit.record("CREATE", "allocation-plan", p.id, null);
        return v;
    }

    /** PROPOSED → APPROVED: every line becomes a reservation (first expiry first out), all or nothing. */
    @Transactional
    public PlanView approve(@NotNull UUID id, Long expectedVersion) {
        AllocationPlan p = Lookups.path(x -> AllocationPlan.findById(x), Lookups.ALLOCATION_PLAN, id);
        ETags.check(expectedVersion, p.version);
        if (p.state != PlanState.PROPOSED) throw Lookups.invalidTransition(Lookups.ALLOCATION_PLAN, p.id, p.state, Text.of("approved", "批准"));
        List<AllocationLine> lines = AllocationLine.list("planId = ?1 order by lineNo", p.id);
        List<ReservationView> made = new ArrayList<>();
        for (AllocationLine l : lines) {
            if (l.quantity == 0) continue;
            SupplyRequest q = SupplyRequest.findById(l.requestId);
            if (q.state == RequestState.CANCELLED || q.quantity - q.allocated < l.quantity) {
                throw ProblemException.rule(ServiceProblem.ALLOCATION_PLAN_STALE, Text.format(
                        "Request %s changed since the plan was computed (cancelled or allocated meanwhile); compute a new plan.",
                        "方案计算后需求 %s 已变化（已取消或已分配）；请重新计算调配方案。", q.id));
            }
            Reservation r = reserve(l.recipientId, p.itemId, p.warehouseId, l.quantity, null, q, p.id);
            l.reservationId = r.id;
            made.add(reservationView(r));
        }
        p.state = PlanState.APPROVED;
        p.approvedBy = caller.name();
        p.decidedAt = config.now();
        em.flush();
        PlanView v = planView(p);
        outbox.publish(SuppliesEvents.ALLOCATION_APPROVED, p.id, v);
        for (ReservationView r : made) outbox.publish(SuppliesEvents.RESERVATION_MADE, r.id(), r);
        audit.record("APPROVE", "allocation-plan", p.id, null);
        return v;
    }

    @Transactional
    public PlanView reject(@NotNull UUID id, Long expectedVersion, @NotNull @Valid PlanRejection in) {
        AllocationPlan p = Lookups.path(x -> AllocationPlan.findById(x), Lookups.ALLOCATION_PLAN, id);
        ETags.check(expectedVersion, p.version);
        if (p.state != PlanState.PROPOSED) throw Lookups.invalidTransition(Lookups.ALLOCATION_PLAN, p.id, p.state, Text.of("rejected", "驳回"));
        p.state = PlanState.REJECTED;
        p.rejectedBy = caller.name();
        p.decidedAt = config.now();
        em.flush();
        PlanView v = planView(p);
        outbox.publish(SuppliesEvents.ALLOCATION_REJECTED, p.id, v);
        audit.record("REJECT", "allocation-plan", p.id, in.reason());
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(UUID id) {
        return planView(Lookups.path(x -> AllocationPlan.findById(x), Lookups.ALLOCATION_PLAN, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> plans(UUID itemId, PlanState state, PageQuery page) {
        Filter f = Filter.where().eq("itemId", itemId).eq("state", state);
        return Page.of(AllocationPlan.<AllocationPlan>find(f.query(), page.toSort(PLAN_SORTS, "id"), f.params()), page, this::planView);
    }

    private PlanView planView(AllocationPlan p) {
        List<AllocationLine> lines = AllocationLine.list("planId = ?1 order by lineNo", p.id);
        Map<UUID, String> names = new HashMap<>();
        var ids = lines.stream().map(l -> l.recipientId).distinct().toList();
        if (!ids.isEmpty()) Recipient.<Recipient>list("id in ?1", ids).forEach(r -> names.put(r.id, r.name));
        return Views.plan(p, lines, names);
    }

    // ------------------------------------------------------------------ reservations

    @Transactional
    public ReservationView reserve(@NotNull @Valid NewReservation in) {
        Recipient recipient = Lookups.field(x -> Recipient.findById(x), "recipientId", Lookups.RECIPIENT, in.recipientId());
        Lookups.field(x -> Item.findById(x), "itemId", Lookups.ITEM, in.itemId());
        Lookups.field(x -> Warehouse.findById(x), "warehouseId", Lookups.WAREHOUSE, in.warehouseId());
        SupplyRequest q = null;
        if (in.requestId() != null) {
            q = Lookups.field(x -> SupplyRequest.findById(x), "requestId", Lookups.REQUEST, in.requestId());
            if (!q.recipientId.equals(recipient.id) || !q.itemId.equals(in.itemId())) {
                throw ProblemException.validation("requestId", Text.of("is a request of another recipient or item", "是其他受援单位或其他物资的需求"));
            }
            if (q.state == RequestState.CANCELLED || q.quantity - q.allocated < in.quantity()) {
                throw ProblemException.rule(ServiceProblem.REQUEST_EXCEEDED, Text.format(
                        "The request has %d units outstanding; a reservation may not exceed it.", "该需求尚有 %d 件未满足；预留不得超过此数。",
                        q.state == RequestState.CANCELLED ? 0 : q.quantity - q.allocated));
            }
        }
        Reservation r = reserve(recipient.id, in.itemId(), in.warehouseId(), in.quantity(), in.lotId(), q, null);
        em.flush();
        ReservationView v = reservationView(r);
        outbox.publish(SuppliesEvents.RESERVATION_MADE, r.id, v);
        audit.record("CREATE", "reservation", r.id, null);
        return v;
    }

    private Reservation reserve(UUID recipientId, UUID itemId, UUID warehouseId, int quantity, UUID lotId, SupplyRequest q, UUID planId) {
        Reservation r = new Reservation();
        r.id = UUID.randomUUID();
        r.recipientId = recipientId;
        r.itemId = itemId;
        r.warehouseId = warehouseId;
        r.quantity = quantity;
        r.requestId = q == null ? null : q.id;
        r.planId = planId;
        r.state = ReservationState.ACTIVE;
        r.createdAt = config.now();
        r.persist();
        em.flush();
        for (StockLedger.Take t : ledger.reserve(warehouseId, itemId, lotId, recipientId, quantity, "reservation", r.id)) {
            ReservationLot rl = new ReservationLot();
            rl.id = UUID.randomUUID();
            rl.reservationId = r.id;
            rl.lotId = t.lotId();
            rl.quantity = t.quantity();
            rl.persist();
        }
        if (q != null) allocated(q, quantity);
        return r;
    }

    /** ACTIVE → CANCELLED: the stock is available again, the request's allocation shrinks. */
    @Transactional
    public ReservationView cancelReservation(@NotNull UUID id, Long expectedVersion) {
        Reservation r = Lookups.path(x -> Reservation.findById(x), Lookups.RESERVATION, id);
        ETags.check(expectedVersion, r.version);
        if (r.state != ReservationState.ACTIVE) throw Lookups.invalidTransition(Lookups.RESERVATION, r.id, r.state, Text.of("cancelled", "取消"));
        if (r.dispatchId != null) {
            Dispatch d = Dispatch.findById(r.dispatchId);
            if (d.state == DispatchState.PLANNED) {
                throw ProblemException.rule(ServiceProblem.RESERVATION_ON_DISPATCH, Text.format(
                        "The reservation is on dispatch %s; cancel the dispatch first.", "该预留已列入调运 %s；请先取消该调运。", d.id));
            }
        }
        for (ReservationLot rl : ReservationLot.<ReservationLot>list("reservationId", r.id)) {
            ledger.move(MovementKind.RESERVATION_CANCELLED, r.warehouseId, r.itemId, rl.lotId, 0, rl.quantity, -rl.quantity, null, null,
                    "reservation", r.id, r.recipientId, null);
        }
        r.state = ReservationState.CANCELLED;
        if (r.requestId != null) allocated(SupplyRequest.findById(r.requestId), -r.quantity);
        em.flush();
        ReservationView v = reservationView(r);
        outbox.publish(SuppliesEvents.RESERVATION_CANCELLED, r.id, v);
        audit.record("CANCEL", "reservation", r.id, null);
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReservationView reservation(UUID id) {
        return reservationView(Lookups.path(x -> Reservation.findById(x), Lookups.RESERVATION, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReservationView> reservations(UUID recipientId, UUID itemId, ReservationState state, UUID planId, PageQuery page) {
        Filter f = Filter.where().eq("recipientId", recipientId).eq("itemId", itemId).eq("state", state).eq("planId", planId);
        return Page.of(Reservation.<Reservation>find(f.query(), page.toSort(RESERVATION_SORTS, "id"), f.params()), page, AllocationService::reservationView);
    }

    static ReservationView reservationView(Reservation r) {
        List<ReservedLot> lots = new ArrayList<>();
        for (ReservationLot rl : ReservationLot.<ReservationLot>list("reservationId", r.id)) {
            Lot lot = Lot.findById(rl.lotId);
            lots.add(new ReservedLot(lot.id, lot.lotNumber, lot.expiry, rl.quantity));
        }
        lots.sort(java.util.Comparator.comparing(ReservedLot::expiry, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return Views.reservation(r, lots);
    }

    // ------------------------------------------------------------------ fulfilment

    /** Per recipient and item: requested (not cancelled), allocated (reserved, not cancelled), dispatched, delivered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FulfilmentView> fulfilment(UUID itemId, UUID recipientId) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Filter f = Filter.where().eq("itemId", itemId).eq("recipientId", recipientId);
        for (SupplyRequest q : SupplyRequest.<SupplyRequest>list(f.query() + " and state <> :cancelled order by createdAt",
                with(f.params(), "cancelled", RequestState.CANCELLED))) {
            sums.computeIfAbsent(q.recipientId + "/" + q.itemId, k -> new long[4])[0] += q.quantity;
        }
        Map<UUID, DispatchState> dispatchStates = new HashMap<>();
        for (Reservation r : Reservation.<Reservation>list(f.query() + " and state <> :cancelled order by createdAt",
                with(f.params(), "cancelled", ReservationState.CANCELLED))) {
            long[] s = sums.computeIfAbsent(r.recipientId + "/" + r.itemId, k -> new long[4]);
            s[1] += r.quantity;
            if (r.state == ReservationState.DISPATCHED) {
                s[2] += r.quantity;
                DispatchState ds = dispatchStates.computeIfAbsent(r.dispatchId, d -> Dispatch.<Dispatch>findById(d).state);
                if (ds == DispatchState.DELIVERED) s[3] += r.quantity;
            }
        }
        List<FulfilmentView> out = new ArrayList<>();
        for (var e : sums.entrySet()) {
            String[] k = e.getKey().split("/");
            Recipient r = Recipient.findById(UUID.fromString(k[0]));
            Item i = Item.findById(UUID.fromString(k[1]));
            long[] s = e.getValue();
            out.add(new FulfilmentView(r.id, r.name, i.id, i.code, s[0], s[1], s[2], s[3], percent(s[1], s[0]), percent(s[3], s[0])));
        }
        return out;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static Map<String, Object> with(Map<String, Object> params, String name, Object value) {
        Map<String, Object> m = new HashMap<>(params);
        m.put(name, value);
        return m;
    }
}
