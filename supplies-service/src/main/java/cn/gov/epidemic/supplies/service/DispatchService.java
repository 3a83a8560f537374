package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.supplies.Dispatch;
import cn.gov.epidemic.supplies.DispatchState;
import cn.gov.epidemic.supplies.MovementKind;
import cn.gov.epidemic.supplies.Reservation;
import cn.gov.epidemic.supplies.ReservationLot;
import cn.gov.epidemic.supplies.ReservationState;
import cn.gov.epidemic.supplies.api.DispatchApi.Cancellation;
import cn.gov.epidemic.supplies.api.DispatchApi.Delivery;
import cn.gov.epidemic.supplies.api.DispatchApi.DispatchView;
import cn.gov.epidemic.supplies.api.DispatchApi.NewDispatch;
import cn.gov.epidemic.supplies.api.DispatchApi.PassReference;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import cn.gov.epidemic.supplies.event.SuppliesEvents;
import cn.gov.epidemic.supplies.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dispatches of reserved stock: PLANNED → DEPARTED → DELIVERED, or CANCELLED before departure. Departure needs the
 * emergency-transport pass (issued by checkpoint-service from the dispatch.planned event and recorded from its
 * pass.issued event, or entered by hand with POST .../pass); it takes the
 * reserved units out of the ledger (the reservations picked the lots first expiry first out).
 */
@ApplicationScoped
public class DispatchService {

    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "expectedArrival", "expectedArrival", "state", "state");
    private static final long SKEW_SECONDS = 300;

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;
    @Inject
    SuppliesConfig config;
    @Inject
    StockLedger ledger;

    @Transactional
    public DispatchView plan(@NotNull @Valid NewDispatch in) {
        List<Reservation> reservations = new ArrayList<>();
        if (new HashSet<>(in.reservationIds()).size() != in.reservationIds().size()) {
            throw ProblemException.validation("reservationIds", Text.of("must not repeat a reservation", "不得重复列出同一预留"));
        }
        for (int i = 0; i < in.reservationIds().size(); i++) {
            Reservation r = Lookups.field(x -> Reservation.findById(x), "reservationIds[" + i + "]", Lookups.RESERVATION, in.reservationIds().get(i));
            if (r.state != ReservationState.ACTIVE) {
                throw ProblemException.rule(ServiceProblem.RESERVATION_NOT_ACTIVE, Text.format("Reservation %s is %s; only active reservations are dispatched.",
                        "预留 %s 处于 %s 状态；只有有效的预留才能调运。", r.id, r.state));
            }
            if (r.dispatchId != null && Dispatch.<Dispatch>findById(r.dispatchId).state == DispatchState.PLANNED) {
                throw ProblemException.rule(ServiceProblem.RESERVATION_ON_DISPATCH, Text.format("Reservation %s is on planned dispatch %s.",
                        "预留 %s 已列入计划中的调运 %s。", r.id, r.dispatchId));
            }
            if (!reservations.isEmpty() && (!reservations.get(0).recipientId.equals(r.recipientId) || !reservations.get(0).warehouseId.equals(r.warehouseId))) {
                throw ProblemException.validation("reservationIds[" + i + "]", Text.of("is for another recipient or warehouse than the first reservation",
                        "与第一个预留的受援单位或仓库不同"));
            }
            reservations.add(r);
        }
        if (in.expectedArrival().isBefore(config.now().minusSeconds(SKEW_SECONDS))) {
            throw ProblemException.validation("expectedArrival", Text.of("must not be in the past", "不得早于当前时间"));
        }
        Dispatch d = new Dispatch();
        d.id = UUID.randomUUID();
        d.recipientId = reservations.get(0).recipientId;
        d.warehouseId = reservations.get(0).warehouseId;
        d.vehiclePlate = in.vehiclePlate();
        d.driverName = in.driverName();
        d.route = in.route();
        d.expectedArrival = in.expectedArrival();
        d.state = DispatchState.PLANNED;
        d.createdAt = config.now();
        d.persist();
        // one flush, in finish: Hibernate inserts the dispatch before it updates the reservations
        for (Reservation r : reservations) r.dispatchId = d.id;
        return finish(d, SuppliesEvents.DISPATCH_PLANNED, "CREATE");
    }

    /** Records the emergency-transport pass; the same pass again changes nothing, another pass is a 409. */
    @Transactional
    public DispatchView recordPass(@NotNull UUID id, Long expectedVersion, @NotNull @Valid PassReference in) {
        Dispatch d = Lookups.path(x -> Dispatch.findById(x), Lookups.DISPATCH, id);
        ETags.check(expectedVersion, d.version);
        if (d.passId != null) {
            if (d.passId.equals(in.passId()) && d.passCode.equals(in.passCode())) return view(d);
            throw ProblemException.rule(ServiceProblem.PASS_ALREADY_RECORDED, Text.format("Dispatch %s already carries pass %s.", "调运 %s 已登记通行证 %s。", d.id, d.passId));
        }
        if (d.state != DispatchState.PLANNED && d.state != DispatchState.DEPARTED) throw Lookups.invalidTransition(Lookups.DISPATCH, d.id, d.state, Text.of("given a pass", "登记通行证"));
        d.passId = in.passId();
        d.passCode = in.passCode();
        d.passRecordedAt = config.now();
        return finish(d, SuppliesEvents.DISPATCH_PASS_RECORDED, "PASS");
    }

    /**
     * Flow 1: checkpoint-service issued the green-lane pass for this dispatch (its pass.issued event). Runs in the
     * consumer's transaction; the same pass again changes nothing, and a dispatch that no longer travels ignores it
     * (checkpoint-service revokes that pass from the dispatch's own cancellation event).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passIssued(UUID dispatchId, UUID passId, String passCode) {
        Dispatch d = Dispatch.findById(dispatchId);
        if (d == null) throw new IllegalArgumentException("pass issued for unknown dispatch " + dispatchId);
        if (passId.equals(d.passId)) return;
        if (d.state != DispatchState.PLANNED && d.state != DispatchState.DEPARTED) return;
        if (d.passId != null) return; // a pass entered by hand came first; it stands
        d.passId = passId;
        d.passCode = passCode;
        d.passRecordedAt = config.now();
        d.passRefusal = null;
        finish(d, SuppliesEvents.DISPATCH_PASS_RECORDED, "PASS");
    }

    /** Flow 1: checkpoint-service refused the automatic pass; the reason shows on the dispatch until a pass is recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passRefused(UUID dispatchId, String reason) {
        Dispatch d = Dispatch.findById(dispatchId);
        if (d == null) throw new IllegalArgumentException("pass refused for unknown dispatch " + dispatchId);
        if (d.passId != null || d.state != DispatchState.PLANNED || reason.equals(d.passRefusal)) return;
        d.passRefusal = reason.length() > 600 ? reason.substring(0, 600) : reason;
        finish(d, SuppliesEvents.DISPATCH_PASS_REFUSED, "PASS_REFUSED");
    }

    /**
     * Flow 1: the dispatch's pass was revoked at checkpoint-service while the dispatch still waits to leave: it is
     * taken off, so departure needs a new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passRevoked(UUID dispatchId, UUID passId, String reason) {
        Dispatch d = Dispatch.findById(dispatchId);
        if (d == null || d.state != DispatchState.PLANNED || !passId.equals(d.passId)) return;
        d.passId = null;
        d.passCode = null;
        d.passRecordedAt = null;
        String why = "pass revoked: " + reason;
        d.passRefusal = why.length() > 600 ? why.substring(0, 600) : why;
        finish(d, SuppliesEvents.DISPATCH_PASS_WITHDRAWN, "PASS_WITHDRAWN");
    }

    /** PLANNED → DEPARTED: needs the pass; the reserved units leave the ledger (DISPATCH rows). */
    @Transactional
    public DispatchView depart(@NotNull UUID id, Long expectedVersion) {
        Dispatch d = Lookups.path(x -> Dispatch.findById(x), Lookups.DISPATCH, id);
        ETags.check(expectedVersion, d.version);
        if (d.state != DispatchState.PLANNED) throw Lookups.invalidTransition(Lookups.DISPATCH, d.id, d.state, Text.of("departed", "发车"));
        if (d.passId == null) {
            throw ProblemException.rule(ServiceProblem.PASS_REQUIRED, Text.format(
                    "Dispatch %s has no emergency-transport pass yet; record it (POST .../pass) before departure.",
                    "调运 %s 尚无应急运输通行证；请在发车前登记（POST .../pass）。", d.id));
        }
        for (Reservation r : reservations(d)) {
            if (r.state != ReservationState.ACTIVE) throw ProblemException.rule(ServiceProblem.RESERVATION_NOT_ACTIVE, Text.format("Reservation %s is %s.", "预留 %s 处于 %s 状态。", r.id, r.state));
            for (ReservationLot rl : ReservationLot.<ReservationLot>list("reservationId", r.id)) {
                ledger.move(MovementKind.DISPATCH, r.warehouseId, r.itemId, rl.lotId, -rl.quantity, 0, -rl.quantity, null, d.vehiclePlate,
                        "dispatch", d.id, d.recipientId, null);
            }
            r.state = ReservationState.DISPATCHED;
        }
        d.state = DispatchState.DEPARTED;
        d.departedAt = config.now();
        return finish(d, SuppliesEvents.DISPATCH_DEPARTED, "DEPART");
    }

    /** PLANNED → CANCELLED: the reservations stay with the recipient, free for another dispatch (or to be cancelled). */
    @Transactional
    public DispatchView cancel(@NotNull UUID id, Long expectedVersion, @NotNull @Valid Cancellation in) {
        Dispatch d = Lookups.path(x -> Dispatch.findById(x), Lookups.DISPATCH, id);
        ETags.check(expectedVersion, d.version);
        if (d.state != DispatchState.PLANNED) throw Lookups.invalidTransition(Lookups.DISPATCH, d.id, d.state, Text.of("cancelled (only before departure)", "取消（仅限发车前）"));
        d.state = DispatchState.CANCELLED;
        d.cancelledAt = config.now();
        d.cancelReason = in.reason();
        return finish(d, SuppliesEvents.DISPATCH_CANCELLED, "CANCEL");
    }

    /** DEPARTED → DELIVERED: the recipient confirms; the dispatch is closed. */
    @Transactional
    public DispatchView deliver(@NotNull UUID id, Long expectedVersion, @NotNull @Valid Delivery in) {
        Dispatch d = Lookups.path(x -> Dispatch.findById(x), Lookups.DISPATCH, id);
        ETags.check(expectedVersion, d.version);
        if (d.state != DispatchState.DEPARTED) throw Lookups.invalidTransition(Lookups.DISPATCH, d.id, d.state, Text.of("delivered", "确认送达"));
        OffsetDateTime at = in.at() == null ? config.now() : in.at();
        if (at.isAfter(config.now().plusSeconds(SKEW_SECONDS))) throw ProblemException.validation("at", Violations.NOT_IN_FUTURE);
        if (at.isBefore(d.departedAt)) throw ProblemException.validation("at", Text.of("must not be before the departure", "不得早于发车时间"));
        d.state = DispatchState.DELIVERED;
        d.deliveredAt = at;
        d.receivedBy = in.receivedBy();
        return finish(d, SuppliesEvents.DISPATCH_DELIVERED, "DELIVER");
    }

    private DispatchView finish(Dispatch d, EventType<DispatchView> event, String action) {
        em.flush();
        DispatchView v = view(d);
        outbox.publish(event, d.id, v);
        audit.record(action, "dispatch", d.id, null);
        return v;
    }

    private static List<Reservation> reservations(Dispatch d) {
        return Reservation.list("dispatchId = ?1 order by createdAt, id", d.id);
    }

    /**
     * The dispatch with its recipient's, warehouse's and items' names and its reservations, read in one query (a
     * dispatch answers and publishes its view on every change; four lookups per view were a third of the dispatch
     * path's CPU in the pass flow's profile). Left joins: a cancelled dispatch may have no reservations left.
     */
    private DispatchView view(Dispatch d) {
        List<Object[]> rows = em.createQuery("select r.name, w.name, x.id, x.itemId, i.name, x.quantity"
                        + " from Recipient r, Warehouse w left join Reservation x on x.dispatchId = ?3 left join Item i on i.id = x.itemId"
                        + " where r.id = ?1 and w.id = ?2 order by x.createdAt, x.id", Object[].class)
                .setParameter(1, d.recipientId).setParameter(2, d.warehouseId).setParameter(3, d.id).getResultList();
        List<Views.DispatchedReservation> reservations = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row[2] != null) reservations.add(new Views.DispatchedReservation((UUID) row[2], (UUID) row[3], (String) row[4], (Integer) row[5]));
        }
        return Views.dispatch(d, (String) rows.get(0)[0], (String) rows.get(0)[1], reservations);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DispatchView get(UUID id) {
        return view(Lookups.path(x -> Dispatch.findById(x), Lookups.DISPATCH, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DispatchView> list(UUID recipientId, DispatchState state, UUID warehouseId, PageQuery page) {
        Filter f = Filter.where().eq("recipientId", recipientId).eq("state", state).eq("warehouseId", warehouseId);
        return Page.of(Dispatch.<Dispatch>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, this::view);
    }
}
