package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.supplies.DiscrepancyReason;
import cn.gov.epidemic.supplies.Item;
import cn.gov.epidemic.supplies.Lot;
import cn.gov.epidemic.supplies.LotState;
import cn.gov.epidemic.supplies.MovementKind;
import cn.gov.epidemic.supplies.OrderLine;
import cn.gov.epidemic.supplies.ProcurementOrder;
import cn.gov.epidemic.supplies.Shipment;
import cn.gov.epidemic.supplies.ShipmentLine;
import cn.gov.epidemic.supplies.ShipmentState;
import cn.gov.epidemic.supplies.ShipmentTransition;
import cn.gov.epidemic.supplies.Supplier;
import cn.gov.epidemic.supplies.Warehouse;
import cn.gov.epidemic.supplies.api.ShipmentApi.DiscrepancyView;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewOrder;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewOrderLine;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewShipment;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewShipmentLine;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewTransition;
import cn.gov.epidemic.supplies.api.ShipmentApi.OrderView;
import cn.gov.epidemic.supplies.api.ShipmentApi.PipelineItem;
import cn.gov.epidemic.supplies.api.ShipmentApi.PipelineStateView;
import cn.gov.epidemic.supplies.api.ShipmentApi.Receipt;
import cn.gov.epidemic.supplies.api.ShipmentApi.ReceiptLine;
import cn.gov.epidemic.supplies.api.ShipmentApi.ShipmentView;
import cn.gov.epidemic.supplies.api.ShipmentApi.TransitionView;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import cn.gov.epidemic.supplies.event.SuppliesEvents;
import cn.gov.epidemic.supplies.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Procurement orders and inbound shipments: the state machine through the port of entry, and receipt into stock. */
@ApplicationScoped
public class ShipmentService {

    private static final Map<String, String> ORDER_SORTS = Map.of("orderedOn", "orderedOn", "reference", "reference", "createdAt", "createdAt");
    private static final Map<String, String> TRANSITION_SORTS = Map.of("occurredAt", "occurredAt", "recordedAt", "recordedAt");
    private static final Map<String, String> SHIPMENT_SORTS = Map.of("createdAt", "createdAt", "plannedArrival", "plannedArrival",
            "state", "state", "reference", "reference", "stateChangedAt", "stateChangedAt");
    /** A clock of the caller a little ahead of ours is not "the future". */
    private static final long SKEW_SECONDS = 300;

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

    // ------------------------------------------------------------------ orders

    @Transactional
    public OrderView placeOrder(@NotNull @Valid NewOrder in) {
        Lookups.field(x -> Supplier.findById(x), "supplierId", Lookups.SUPPLIER, in.supplierId());
        if (ProcurementOrder.count("reference", in.reference()) > 0) {
            throw ProblemException.rule(ServiceProblem.ORDER_EXISTS, Text.format("An order with reference %s exists.", "编号为 %s 的采购订单已存在。", in.reference()));
        }
        ProcurementOrder o = new ProcurementOrder();
        o.id = UUID.randomUUID();
        o.supplierId = in.supplierId();
        o.reference = in.reference();
        o.orderedOn = in.orderedOn();
        o.currency = in.currency();
        o.createdAt = config.now();
        o.persist();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < in.lines().size(); i++) {
            NewOrderLine l = in.lines().get(i);
            Lookups.field(x -> Item.findById(x), "lines[" + i + "].itemId", Lookups.ITEM, l.itemId());
            OrderLine ol = new OrderLine();
            ol.id = UUID.randomUUID();
            ol.orderId = o.id;
            ol.lineNo = i + 1;
            ol.itemId = l.itemId();
            ol.quantity = l.quantity();
            ol.unitPrice = l.unitPrice();
            ol.persist();
            lines.add(ol);
        }
        em.flush();
        OrderView v = Views.order(o, lines);
        outbox.publish(SuppliesEvents.ORDER_PLACED, o.id, v);
        audit.record("CREATE", "order", o.id, o.reference);
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderView order(UUID id) {
        ProcurementOrder o = Lookups.path(x -> ProcurementOrder.findById(x), Lookups.ORDER, id);
        return Views.order(o, OrderLine.list("orderId = ?1 order by lineNo", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrderView> orders(UUID supplierId, PageQuery page) {
        Filter f = Filter.where().eq("supplierId", supplierId);
        return Page.of(ProcurementOrder.<ProcurementOrder>find(f.query(), page.toSort(ORDER_SORTS, "id"), f.params()), page,
                o -> Views.order(o, OrderLine.list("orderId = ?1 order by lineNo", o.id)));
    }

    // ------------------------------------------------------------------ shipments

    @Transactional
    public ShipmentView plan(@NotNull @Valid NewShipment in) {
        Lookups.field(x -> Supplier.findById(x), "supplierId", Lookups.SUPPLIER, in.supplierId());
        Lookups.field(x -> Warehouse.findById(x), "warehouseId", Lookups.WAREHOUSE, in.warehouseId());
        Set<UUID> ordered = null;
        if (in.orderId() != null) {
            ProcurementOrder o = Lookups.field(x -> ProcurementOrder.findById(x), "orderId", Lookups.ORDER, in.orderId());
            if (!o.supplierId.equals(in.supplierId())) throw ProblemException.validation("supplierId", Text.of("is not the supplier of the order", "不是该采购订单的供应商"));
            ordered = new HashSet<>();
            for (OrderLine l : OrderLine.<OrderLine>list("orderId", o.id)) ordered.add(l.itemId);
        }
        if (Shipment.count("reference", in.reference()) > 0) {
            throw ProblemException.rule(ServiceProblem.SHIPMENT_EXISTS, Text.format("A shipment with reference %s exists.", "编号为 %s 的货运单已存在。", in.reference()));
        }
        Shipment s = new Shipment();
        s.id = UUID.randomUUID();
        s.orderId = in.orderId();
        s.supplierId = in.supplierId();
        s.reference = in.reference();
        s.origin = in.origin();
        s.portOfEntry = in.portOfEntry();
        s.warehouseId = in.warehouseId();
        s.carrier = in.carrier();
        s.plannedArrival = in.plannedArrival();
        s.state = ShipmentState.PLANNED;
        s.createdAt = config.now();
        s.stateChangedAt = s.createdAt;
        s.persist();
        List<ShipmentLine> lines = new ArrayList<>();
        for (int i = 0; i < in.lines().size(); i++) {
            NewShipmentLine l = in.lines().get(i);
            Lookups.field(x -> Item.findById(x), "lines[" + i + "].itemId", Lookups.ITEM, l.itemId());
            if (ordered != null && !ordered.contains(l.itemId())) throw ProblemException.validation("lines[" + i + "].itemId", Text.of("is not on the order", "不在该采购订单中"));
            ShipmentLine sl = new ShipmentLine();
            sl.id = UUID.randomUUID();
            sl.shipmentId = s.id;
            sl.lineNo = i + 1;
            sl.itemId = l.itemId();
            sl.quantity = l.quantity();
            sl.lotNumber = l.lotNumber();
            sl.expiry = l.expiry();
            sl.persist();
            lines.add(sl);
        }
        record(s, null, ShipmentState.PLANNED, s.createdAt, null);
        em.flush();
        ShipmentView v = Views.shipment(s, lines);
        outbox.publish(SuppliesEvents.SHIPMENT_PLANNED, s.id, v);
        audit.record("CREATE", "shipment", s.id, s.reference);
        return v;
    }

    /** Moves a shipment to its next state; a transition out of order or a repeated one is a 409. */
    @Transactional
    public ShipmentView transition(@NotNull UUID id, Long expectedVersion, @NotNull @Valid NewTransition in) {
        Shipment s = Lookups.path(x -> Shipment.findById(x), Lookups.SHIPMENT, id);
        ETags.check(expectedVersion, s.version);
        if (in.to() == ShipmentState.RECEIVED) {
            throw ProblemException.validation("to", Text.of("RECEIVED is reached by recording the receipt (POST .../receipt)",
                    "RECEIVED 状态须通过登记收货（POST .../receipt）达到"));
        }
        ShipmentState from = s.state;
        if (!from.canGoTo(in.to())) {
            throw ProblemException.rule(ProblemType.INVALID_STATE_TRANSITION, from.next().isEmpty()
                    ? Text.format("Shipment %s is %s; it can go to no other state, not %s.", "货运单 %s 处于 %s 状态，不能再转入其他状态（包括 %s）。",
                    s.reference, from, in.to())
                    : Text.format("Shipment %s is %s; it can go to %s, not %s.", "货运单 %s 处于 %s 状态，只能转入 %s，不能转入 %s。",
                    s.reference, from, from.next(), in.to()));
        }
        // the first transition may be dated before the shipment was recorded (entered after the fact)
        OffsetDateTime at = when(in.at(), from == ShipmentState.PLANNED ? null : s.stateChangedAt, "at");
        s.state = in.to();
        s.stateChangedAt = at;
        record(s, from, in.to(), at, in.note());
        em.flush();
        ShipmentView v = view(s);
        outbox.publish(eventOf(in.to()), s.id, v);
        audit.record("TRANSITION", "shipment", s.id, from + "->" + in.to());
        return v;
    }

    /**
     * ARRIVED → RECEIVED: every line's received quantity (a difference needs its reason), a lot per line created
     * QUARANTINED with the stock on hand but not available, and a RECEIPT ledger row.
     */
    @Transactional
    public ShipmentView receive(@NotNull UUID id, Long expectedVersion, @NotNull @Valid Receipt in) {
        Shipment s = Lookups.path(x -> Shipment.findById(x), Lookups.SHIPMENT, id);
        ETags.check(expectedVersion, s.version);
        if (s.state != ShipmentState.ARRIVED) {
            throw ProblemException.rule(ProblemType.INVALID_STATE_TRANSITION, Text.format(
                    "Shipment %s is %s; only an ARRIVED shipment can be received.", "货运单 %s 处于 %s 状态；只有 ARRIVED 状态的货运单才能收货。",
                    s.reference, s.state));
        }
        OffsetDateTime at = when(in.at(), s.stateChangedAt, "at");
        LocalDate receiptDay = at.atZoneSameInstant(config.zone()).toLocalDate();
        List<ShipmentLine> lines = ShipmentLine.list("shipmentId = ?1 order by lineNo", s.id);
        Map<Integer, ReceiptLine> byNo = new HashMap<>();
        for (int i = 0; i < in.lines().size(); i++) {
            ReceiptLine r = in.lines().get(i);
            if (byNo.put(r.lineNo(), r) != null) throw ProblemException.validation("lines[" + i + "].lineNo", Text.of("appears twice", "重复出现"));
            if (lines.stream().noneMatch(l -> l.lineNo == r.lineNo())) throw ProblemException.validation("lines[" + i + "].lineNo", Text.of("no such line on the shipment", "货运单中没有此行"));
        }
        for (ShipmentLine l : lines) {
            if (!byNo.containsKey(l.lineNo)) throw ProblemException.validation("lines", Text.format(
                    "line %d of the shipment is missing; every line must be received (0 if nothing came)", "缺少货运单第 %d 行；每一行都须登记收货（未到货填 0）", l.lineNo));
        }
        for (int i = 0; i < in.lines().size(); i++) {
            ReceiptLine r = in.lines().get(i);
            ShipmentLine l = lines.stream().filter(x -> x.lineNo == r.lineNo()).findFirst().orElseThrow();
            String at_ = "lines[" + i + "]";
            int received = r.receivedQuantity();
            if (received == l.quantity && r.reason() != null) throw ProblemException.validation(at_ + ".reason", Text.of("must be absent when the received quantity equals the shipped one", "实收数量与发货数量相同时不得填写"));
            if (received < l.quantity && r.reason() != DiscrepancyReason.DAMAGED && r.reason() != DiscrepancyReason.SHORT) {
                throw ProblemException.validation(at_ + ".reason", Text.of("must be DAMAGED or SHORT when fewer units were received than shipped",
                        "实收少于发货时必须为 DAMAGED 或 SHORT"));
            }
            if (received > l.quantity && r.reason() != DiscrepancyReason.EXCESS) throw ProblemException.validation(at_ + ".reason", Text.of("must be EXCESS when more units were received than shipped", "实收多于发货时必须为 EXCESS"));
            if (r.lotNumber() != null && l.lotNumber != null && !r.lotNumber().equals(l.lotNumber)) throw ProblemException.validation(at_ + ".lotNumber", Text.of("differs from the lot number shipped", "与发货批号不一致"));
            if (r.expiry() != null && l.expiry != null && !r.expiry().equals(l.expiry)) throw ProblemException.validation(at_ + ".expiry", Text.of("differs from the expiry shipped", "与发货有效期不一致"));
            String lotNumber = l.lotNumber != null ? l.lotNumber : r.lotNumber();
            LocalDate expiry = l.expiry != null ? l.expiry : r.expiry();
            if (received > 0 && lotNumber == null) throw ProblemException.validation(at_ + ".lotNumber", Text.of("is required: the shipment line has no lot number", "必填：该货运单行没有批号"));
            if (expiry != null && expiry.isBefore(receiptDay)) {
                throw ProblemException.rule(ServiceProblem.EXPIRED_ON_RECEIPT, Text.format(
                        "Line %d (lot %s) expired on %s, before the receipt day %s; expired goods are not taken into stock.",
                        "第 %d 行（批号 %s）已于 %s 过期，早于到货日 %s；过期物资不予入库。", l.lineNo, lotNumber, expiry, receiptDay));
            }
            l.receivedQuantity = received;
            l.discrepancyReason = r.reason();
            l.discrepancyNote = r.note();
            l.lotNumber = lotNumber;
            l.expiry = expiry;
            if (received > 0) {
                Lot lot = newLot(l.itemId, lotNumber, expiry, at_ + ".lotNumber");
                lot.shipmentId = s.id;
                lot.persist();
                l.lotId = lot.id;
                em.flush();
                ledger.move(MovementKind.RECEIPT, s.warehouseId, l.itemId, lot.id, received, 0, 0, null, null, "shipment", s.id, null, at);
            }
        }
        ShipmentState from = s.state;
        s.state = ShipmentState.RECEIVED;
        s.stateChangedAt = at;
        record(s, from, ShipmentState.RECEIVED, at, null);
        em.flush();
        ShipmentView v = view(s);
        outbox.publish(SuppliesEvents.SHIPMENT_RECEIVED, s.id, v);
        audit.record("RECEIVE", "shipment", s.id, null);
        return v;
    }

    /** A new QUARANTINED lot; a lot number already used for the item is a 409. */
    Lot newLot(UUID itemId, String lotNumber, LocalDate expiry, String field) {
        if (Lot.count("itemId = ?1 and lotNumber = ?2", itemId, lotNumber) > 0) {
            throw ProblemException.rule(ServiceProblem.LOT_EXISTS, Text.format(
                    "Lot %s of this item is already in stock; a lot is received once (%s).", "该物资批号 %s 已入库；每个批次只入库一次（%s）。", lotNumber, field));
        }
        Lot lot = new Lot();
        lot.id = UUID.randomUUID();
        lot.itemId = itemId;
        lot.lotNumber = lotNumber;
        lot.expiry = expiry;
        lot.state = LotState.QUARANTINED;
        lot.createdAt = config.now();
        return lot;
    }

    private OffsetDateTime when(OffsetDateTime requested, OffsetDateTime previous, String field) {
        OffsetDateTime now = config.now();
        if (requested == null) return previous != null && previous.isAfter(now) ? previous : now;
        if (requested.isAfter(now.plusSeconds(SKEW_SECONDS))) throw ProblemException.validation(field, Violations.NOT_IN_FUTURE);
        if (previous != null && requested.isBefore(previous)) throw ProblemException.validation(field, Text.format("must not be before the previous state change (%s)", "不得早于上一次状态变更（%s）", previous));
        return requested;
    }

    private void record(Shipment s, ShipmentState from, ShipmentState to, OffsetDateTime at, String note) {
        ShipmentTransition t = new ShipmentTransition();
        t.id = UUID.randomUUID();
        t.shipmentId = s.id;
        t.fromState = from;
        t.toState = to;
        t.occurredAt = at;
        t.recordedAt = config.now();
        t.actor = caller.name();
        t.note = note;
        t.persist();
    }

    private static EventType<ShipmentView> eventOf(ShipmentState to) {
        return switch (to) {
            case DISPATCHED -> SuppliesEvents.SHIPMENT_DISPATCHED;
            case AT_PORT -> SuppliesEvents.SHIPMENT_AT_PORT;
            case CUSTOMS_CLEARED -> SuppliesEvents.SHIPMENT_CUSTOMS_CLEARED;
            case HELD -> SuppliesEvents.SHIPMENT_HELD;
            case ARRIVED -> SuppliesEvents.SHIPMENT_ARRIVED;
            case RECEIVED -> SuppliesEvents.SHIPMENT_RECEIVED;
            case PLANNED -> SuppliesEvents.SHIPMENT_PLANNED;
        };
    }

    private static ShipmentView view(Shipment s) {
        return Views.shipment(s, ShipmentLine.list("shipmentId = ?1 order by lineNo", s.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ShipmentView get(UUID id) {
        return view(Lookups.path(x -> Shipment.findById(x), Lookups.SHIPMENT, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ShipmentView> list(ShipmentState state, UUID supplierId, UUID warehouseId, UUID orderId, String portOfEntry, PageQuery page) {
        Filter f = Filter.where().eq("state", state).eq("supplierId", supplierId).eq("warehouseId", warehouseId).eq("orderId", orderId)
                .contains("portOfEntry", portOfEntry);
        return Page.of(Shipment.<Shipment>find(f.query(), page.toSort(SHIPMENT_SORTS, "id"), f.params()), page, ShipmentService::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TransitionView> transitions(UUID id, PageQuery page) {
        Lookups.path(x -> Shipment.findById(x), Lookups.SHIPMENT, id);
        // by default in the order they happened; a transition recorded late (at = earlier) still takes its place
        Sort sort = page.sort == null || page.sort.isBlank() ? Sort.by("occurredAt").and("recordedAt").and("id") : page.toSort(TRANSITION_SORTS, "id");
        return Page.of(ShipmentTransition.<ShipmentTransition>find("shipmentId", sort, id), page, Views::transition);
    }

    /** The sort fields of {@link #discrepancies}; without a sort: by shipment and line. */
    static final Map<String, String> DISCREPANCY_SORTS = Map.of("reason", "discrepancyReason", "quantity", "quantity", "receivedQuantity", "receivedQuantity");

    /** The discrepancy report: received lines whose quantity differs from the one shipped. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DiscrepancyView> discrepancies(UUID shipmentId, UUID itemId, DiscrepancyReason reason, PageQuery page) {
        Filter f = Filter.where().eq("shipmentId", shipmentId).eq("itemId", itemId).eq("discrepancyReason", reason);
        List<ShipmentLine> lines = ShipmentLine.<ShipmentLine>list(f.query() + " and discrepancyReason is not null",
                page.toSort(DISCREPANCY_SORTS, "shipmentId").and("lineNo"), f.params());
        Map<UUID, Shipment> shipments = new HashMap<>();
        Map<UUID, Item> items = new HashMap<>();
        List<DiscrepancyView> all = new ArrayList<>();
        for (ShipmentLine l : lines) {
            Shipment s = shipments.computeIfAbsent(l.shipmentId, x -> Shipment.findById(x));
            Item i = items.computeIfAbsent(l.itemId, x -> Item.findById(x));
            all.add(new DiscrepancyView(s.id, s.reference, l.lineNo, l.itemId, i.code, l.quantity, l.receivedQuantity,
                    l.receivedQuantity - l.quantity, l.discrepancyReason, l.discrepancyNote, s.state == ShipmentState.RECEIVED ? s.stateChangedAt : null));
        }
        return Page.ofList(all, page);
    }

    /** The inbound pipeline: shipments and quantities per state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PipelineStateView> pipeline(UUID warehouseId) {
        var q1 = em.createNativeQuery("select s.state, l.item_id, i.code, count(distinct s.id), sum(coalesce(l.received_quantity, l.quantity))"
                        + " from shipment s join shipment_line l on l.shipment_id = s.id join item i on i.id = l.item_id"
                        + (warehouseId == null ? "" : " where s.warehouse_id = ?1")
                        + " group by s.state, l.item_id, i.code order by i.code");
        var q2 = em.createNativeQuery("select state, count(*) from shipment" + (warehouseId == null ? "" : " where warehouse_id = ?1") + " group by state");
        if (warehouseId != null) {
            q1.setParameter(1, warehouseId);
            q2.setParameter(1, warehouseId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q1.getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = q2.getResultList();
        Map<String, Long> perState = new HashMap<>();
        for (Object[] c : counts) perState.put((String) c[0], ((Number) c[1]).longValue());
        Map<ShipmentState, List<PipelineItem>> items = new LinkedHashMap<>();
        for (ShipmentState st : ShipmentState.values()) items.put(st, new ArrayList<>());
        for (Object[] r : rows) {
            items.get(ShipmentState.valueOf((String) r[0])).add(new PipelineItem((UUID) r[1], (String) r[2], ((Number) r[4]).longValue()));
        }
        List<PipelineStateView> out = new ArrayList<>();
        items.forEach((st, list) -> out.add(new PipelineStateView(st, perState.getOrDefault(st.name(), 0L), list)));
        return out;
    }
}
