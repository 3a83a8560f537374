package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.supplies.ConsumptionRecord;
import cn.gov.epidemic.supplies.Item;
import cn.gov.epidemic.supplies.Lot;
import cn.gov.epidemic.supplies.LotState;
import cn.gov.epidemic.supplies.MovementKind;
import cn.gov.epidemic.supplies.Shipment;
import cn.gov.epidemic.supplies.ShipmentLine;
import cn.gov.epidemic.supplies.ShipmentState;
import cn.gov.epidemic.supplies.Warehouse;
import cn.gov.epidemic.supplies.api.StockApi.ConsumptionView;
import cn.gov.epidemic.supplies.api.StockApi.CoverView;
import cn.gov.epidemic.supplies.api.StockApi.ExpectedShipment;
import cn.gov.epidemic.supplies.api.StockApi.ExpiryBucket;
import cn.gov.epidemic.supplies.api.StockApi.ExpirySummaryView;
import cn.gov.epidemic.supplies.api.StockApi.LotHold;
import cn.gov.epidemic.supplies.api.StockApi.LotRelease;
import cn.gov.epidemic.supplies.api.StockApi.LotView;
import cn.gov.epidemic.supplies.api.StockApi.Mismatch;
import cn.gov.epidemic.supplies.api.StockApi.MovementView;
import cn.gov.epidemic.supplies.api.StockApi.NewAdjustment;
import cn.gov.epidemic.supplies.api.StockApi.NewConsumption;
import cn.gov.epidemic.supplies.api.StockApi.NewTransfer;
import cn.gov.epidemic.supplies.api.StockApi.OutlookView;
import cn.gov.epidemic.supplies.api.StockApi.ReconciliationView;
import cn.gov.epidemic.supplies.api.StockApi.StockLineView;
import cn.gov.epidemic.supplies.api.StockApi.TransferView;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import cn.gov.epidemic.supplies.event.SuppliesEvents;
import cn.gov.epidemic.supplies.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Lots (quarantine and release), the ledger's hand-made movements, and the stock views. */
@ApplicationScoped
public class StockService {

    private static final Map<String, String> LOT_SORTS = Map.of("expiry", "expiry", "lotNumber", "lotNumber", "createdAt", "createdAt", "state", "state");

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

    // ------------------------------------------------------------------ lots

    /** QUARANTINED → RELEASED after the conformity check: the standard must be the item's, a certificate named, the lot unexpired. */
    @Transactional
    public LotView release(@NotNull UUID lotId, Long expectedVersion, @NotNull @Valid LotRelease in) {
        Lot lot = Lookups.path(x -> Lot.findById(x), Lookups.LOT, lotId);
        ETags.check(expectedVersion, lot.version);
        if (lot.state != LotState.QUARANTINED) throw Lookups.invalidTransition(Lookups.LOT, lot.lotNumber, lot.state, Text.of("released", "放行"));
        Item item = Item.findById(lot.itemId);
        if (!item.standard.equalsIgnoreCase(in.standard().trim())) {
            throw ProblemException.rule(ServiceProblem.STANDARD_MISMATCH, Text.format(
                    "Lot %s must conform to \"%s\"; the check names \"%s\". Hold the lot if it does not conform.",
                    "批次 %s 须符合“%s”；检验所列标准为“%s”。如不符合，请扣留该批次。", lot.lotNumber, item.standard, in.standard()));
        }
        if (lot.expiry != null && lot.expiry.isBefore(config.today())) {
            throw ProblemException.rule(ServiceProblem.LOT_EXPIRED, Text.format("Lot %s expired on %s; it cannot be released.", "批次 %s 已于 %s 过期，不能放行。",
                    lot.lotNumber, lot.expiry));
        }
        lot.state = LotState.RELEASED;
        lot.checkedStandard = item.standard;
        lot.certificateReference = in.certificateReference();
        lot.releasedAt = config.now();
        lot.releasedBy = caller.name();
        for (Object[] b : ledger.balancesForUpdate(lot.id)) {
            int unusable = ((Number) b[1]).intValue() - ((Number) b[2]).intValue() - ((Number) b[3]).intValue();
            if (unusable > 0) ledger.move(MovementKind.RELEASE, (UUID) b[0], lot.itemId, lot.id, 0, unusable, 0, null, in.certificateReference(), "lot", lot.id, null, null);
        }
        em.flush();
        LotView v = Views.lot(lot);
        outbox.publish(SuppliesEvents.LOT_RELEASED, lot.id, v);
        audit.record("RELEASE", "lot", lot.id, lot.certificateReference);
        return v;
    }

    /** QUARANTINED or RELEASED → HELD: never allocated; refused while some of it is reserved. */
    @Transactional
    public LotView hold(@NotNull UUID lotId, Long expectedVersion, @NotNull @Valid LotHold in) {
        Lot lot = Lookups.path(x -> Lot.findById(x), Lookups.LOT, lotId);
        ETags.check(expectedVersion, lot.version);
        if (lot.state == LotState.HELD) throw Lookups.invalidTransition(Lookups.LOT, lot.lotNumber, lot.state, Text.of("held", "扣留"));
        List<Object[]> balances = ledger.balancesForUpdate(lot.id);
        for (Object[] b : balances) {
            if (((Number) b[3]).intValue() > 0) {
                throw ProblemException.rule(ServiceProblem.LOT_RESERVED, Text.format(
                        "Part of lot %s is reserved; cancel those reservations before holding the lot.", "批次 %s 部分数量已预留；请先取消这些预留再扣留该批次。", lot.lotNumber));
            }
        }
        for (Object[] b : balances) {
            int available = ((Number) b[2]).intValue();
            if (available > 0) ledger.move(MovementKind.HOLD, (UUID) b[0], lot.itemId, lot.id, 0, -available, 0, null, in.reason(), "lot", lot.id, null, null);
        }
        lot.state = LotState.HELD;
        lot.stateReason = in.reason();
        em.flush();
        LotView v = Views.lot(lot);
        outbox.publish(SuppliesEvents.LOT_HELD, lot.id, v);
        audit.record("HOLD", "lot", lot.id, null);
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LotView lot(UUID id) {
        return Views.lot(Lookups.path(x -> Lot.findById(x), Lookups.LOT, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LotView> lots(UUID itemId, LotState state, UUID shipmentId, UUID donationId, PageQuery page) {
        Filter f = Filter.where().eq("itemId", itemId).eq("state", state).eq("shipmentId", shipmentId).eq("donationId", donationId);
        return Page.of(Lot.<Lot>find(f.query(), page.toSort(LOT_SORTS, "id"), f.params()), page, Views::lot);
    }

    // ------------------------------------------------------------------ movements by hand

    @Transactional
    public MovementView adjust(@NotNull @Valid NewAdjustment in) {
        Lookups.field(x -> Warehouse.findById(x), "warehouseId", Lookups.WAREHOUSE, in.warehouseId());
        Lot lot = Lookups.field(x -> Lot.findById(x), "lotId", Lookups.LOT, in.lotId());
        int q = in.quantity();
        if (q == 0) throw ProblemException.validation("quantity", Text.of("must not be zero", "不得为零"));
        // a released lot gains or loses available stock; a quarantined or held one only stock on hand
        int available = lot.state == LotState.RELEASED ? q : 0;
        MovementView m = ledger.move(MovementKind.ADJUSTMENT, in.warehouseId(), lot.itemId, lot.id, q, available, 0, in.reason().name(), in.note(),
                "adjustment", null, null, null);
        outbox.publish(SuppliesEvents.STOCK_ADJUSTED, lot.id, m);
        audit.record("ADJUST", "lot", lot.id, in.reason().name() + " " + q);
        return m;
    }

    @Transactional
    public TransferView transfer(@NotNull @Valid NewTransfer in) {
        Lookups.field(x -> Warehouse.findById(x), "fromWarehouseId", Lookups.WAREHOUSE, in.fromWarehouseId());
        Lookups.field(x -> Warehouse.findById(x), "toWarehouseId", Lookups.WAREHOUSE, in.toWarehouseId());
        if (in.fromWarehouseId().equals(in.toWarehouseId())) throw ProblemException.validation("toWarehouseId", Text.of("must differ from fromWarehouseId", "必须与 fromWarehouseId 不同"));
        Lot lot = Lookups.field(x -> Lot.findById(x), "lotId", Lookups.LOT, in.lotId());
        if (lot.state != LotState.RELEASED) {
            throw ProblemException.rule(ServiceProblem.LOT_NOT_RELEASED, Text.format("Only released stock moves between warehouses; lot %s is %s.",
                    "只有已放行的库存才能在仓库间调拨；批次 %s 处于 %s 状态。", lot.lotNumber, lot.state));
        }
        UUID id = UUID.randomUUID();
        int q = in.quantity();
        MovementView out = ledger.move(MovementKind.TRANSFER_OUT, in.fromWarehouseId(), lot.itemId, lot.id, -q, -q, 0, null, in.note(), "transfer", id, null, null);
        MovementView into = ledger.move(MovementKind.TRANSFER_IN, in.toWarehouseId(), lot.itemId, lot.id, q, q, 0, null, in.note(), "transfer", id, null, null);
        TransferView v = new TransferView(id, in.fromWarehouseId(), in.toWarehouseId(), lot.id, q, List.of(out, into));
        outbox.publish(SuppliesEvents.STOCK_TRANSFERRED, lot.id, v);
        audit.record("TRANSFER", "lot", lot.id, String.valueOf(q));
        return v;
    }

    // ------------------------------------------------------------------ views

    /** The sort fields of {@link #stock} (API name → column); without a sort: by warehouse, item, expiry, lot. */
    static final Map<String, String> STOCK_SORTS = Map.of("warehouseCode", "w.code", "itemCode", "i.code", "expiry", "l.expiry",
            "lotNumber", "l.lot_number", "onHand", "b.on_hand", "available", "b.available");
    /** The sort fields of {@link #ledger}; without a sort: in the order the movements were recorded. */
    static final Map<String, String> LEDGER_SORTS = Map.of("occurredAt", "occurred_at", "kind", "kind");

    /** Stock per warehouse, item and lot with its expiry bucket. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StockLineView> stock(UUID warehouseId, UUID itemId, UUID lotId, ExpiryBucket bucket, boolean includeEmpty, PageQuery page) {
        StringBuilder sql = new StringBuilder("select b.warehouse_id, w.code, b.item_id, i.code, b.lot_id, l.lot_number, l.expiry, l.state,"
                + " b.on_hand, b.reserved, b.available from stock_balance b join warehouse w on w.id = b.warehouse_id"
                + " join item i on i.id = b.item_id join lot l on l.id = b.lot_id where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (warehouseId != null) { params.add(warehouseId); sql.append(" and b.warehouse_id = ?").append(params.size()); }
        if (itemId != null) { params.add(itemId); sql.append(" and b.item_id = ?").append(params.size()); }
        if (lotId != null) { params.add(lotId); sql.append(" and b.lot_id = ?").append(params.size()); }
        if (!includeEmpty) sql.append(" and b.on_hand > 0");
        sql.append(page.sort == null || page.sort.isBlank() ? " order by w.code, i.code, l.expiry nulls last, l.lot_number"
                : " order by " + page.toSqlOrder(STOCK_SORTS, "b.lot_id") + ", b.warehouse_id");
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) q.setParameter(i + 1, params.get(i));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        LocalDate today = config.today();
        List<StockLineView> all = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate expiry = r[6] == null ? null : toDate(r[6]);
            ExpiryBucket b = bucket(expiry, today);
            if (bucket != null && b != bucket) continue;
            int onHand = ((Number) r[8]).intValue(), reserved = ((Number) r[9]).intValue(), available = ((Number) r[10]).intValue();
            all.add(new StockLineView((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (UUID) r[4], (String) r[5], expiry, b,
                    LotState.valueOf((String) r[7]), onHand, reserved, available, onHand - reserved - available));
        }
        return Page.ofList(all, page);
    }

    /** Stock per warehouse, item and expiry bucket. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExpirySummaryView> expirySummary(UUID warehouseId, UUID itemId) {
        Map<String, ExpirySummaryView> out = new LinkedHashMap<>();
        for (StockLineView s : stock(warehouseId, itemId, null, null, false, new PageQuery(0, 1_000_000, null)).items()) {
            String key = s.warehouseId() + "/" + s.itemId() + "/" + s.expiryBucket();
            ExpirySummaryView prev = out.get(key);
            out.put(key, new ExpirySummaryView(s.warehouseId(), s.itemId(), s.itemCode(), s.expiryBucket(),
                    (prev == null ? 0 : prev.onHand()) + s.onHand(), (prev == null ? 0 : prev.available()) + s.available()));
        }
        return List.copyOf(out.values());
    }

    ExpiryBucket bucket(LocalDate expiry, LocalDate today) {
        if (expiry == null) return ExpiryBucket.NO_EXPIRY;
        if (expiry.isBefore(today)) return ExpiryBucket.EXPIRED;
        if (!expiry.isAfter(today.plusDays(config.expiry().soonDays()))) return ExpiryBucket.EXPIRES_SOON;
        if (!expiry.isAfter(today.plusDays(config.expiry().mediumDays()))) return ExpiryBucket.EXPIRES_WITHIN_MEDIUM;
        return ExpiryBucket.LATER;
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    /** The ledger rows, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MovementView> ledger(UUID warehouseId, UUID itemId, UUID lotId, MovementKind kind, UUID referenceId, PageQuery page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (warehouseId != null) { params.add(warehouseId); where.append(" and warehouse_id = ?").append(params.size()); }
        if (itemId != null) { params.add(itemId); where.append(" and item_id = ?").append(params.size()); }
        if (lotId != null) { params.add(lotId); where.append(" and lot_id = ?").append(params.size()); }
        if (kind != null) { params.add(kind.name()); where.append(" and kind = ?").append(params.size()); }
        if (referenceId != null) { params.add(referenceId); where.append(" and reference_id = ?").append(params.size()); }
        var count = em.createNativeQuery("select count(*) from stock_movement" + where);
        var select = em.createNativeQuery("select id, kind, warehouse_id, item_id, lot_id, on_hand_delta, available_delta, reserved_delta, reason, note,"
                + " reference_type, reference_id, recipient_id, occurred_at, actor from stock_movement" + where + " order by " + page.toSqlOrder(LEDGER_SORTS, "seq")
                + " limit " + page.size() + " offset " + ((long) page.page() * page.size()));
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            select.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<MovementView> items = rows.stream().map(StockService::movement).toList();
        return new Page<>(items, page.page(), page.size(), total, (int) ((total + page.size() - 1) / page.size()));
    }

    static MovementView movement(Object[] r) {
        return new MovementView((UUID) r[0], MovementKind.valueOf((String) r[1]), (UUID) r[2], (UUID) r[3], (UUID) r[4],
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (String) r[8], (String) r[9],
                (String) r[10], (UUID) r[11], (UUID) r[12], offset(r[13]), (String) r[14]);
    }

    static java.time.OffsetDateTime offset(Object o) {
        if (o instanceof java.time.OffsetDateTime t) return t;
        if (o instanceof java.time.Instant i) return i.atOffset(java.time.ZoneOffset.UTC);
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    /** Every balance compared with the sums of its ledger rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReconciliationView reconciliation() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select coalesce(b.warehouse_id, m.warehouse_id), coalesce(b.lot_id, m.lot_id),"
                + " coalesce(b.on_hand, 0), coalesce(m.on_hand, 0), coalesce(b.available, 0), coalesce(m.available, 0), coalesce(b.reserved, 0), coalesce(m.reserved, 0)"
                + " from stock_balance b full join (select warehouse_id, lot_id, sum(on_hand_delta) on_hand, sum(available_delta) available,"
                + " sum(reserved_delta) reserved from stock_movement group by warehouse_id, lot_id) m"
                + " on m.warehouse_id = b.warehouse_id and m.lot_id = b.lot_id"
                + " where coalesce(b.on_hand, 0) <> coalesce(m.on_hand, 0) or coalesce(b.available, 0) <> coalesce(m.available, 0)"
                + " or coalesce(b.reserved, 0) <> coalesce(m.reserved, 0)").getResultList();
        List<Mismatch> mismatches = rows.stream().map(r -> new Mismatch((UUID) r[0], (UUID) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue())).toList();
        long balances = ((Number) em.createNativeQuery("select count(*) from stock_balance").getSingleResult()).longValue();
        long movements = ((Number) em.createNativeQuery("select count(*) from stock_movement").getSingleResult()).longValue();
        return new ReconciliationView(mismatches.isEmpty(), balances, movements, mismatches);
    }

    /** On hand, available, reserved, unusable, and expected on shipments not yet received (not on hand). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutlookView outlook(@NotNull UUID itemId, UUID warehouseId) {
        Item item = Lookups.field(x -> Item.findById(x), "itemId", Lookups.ITEM, itemId);
        if (warehouseId != null) Lookups.field(x -> Warehouse.findById(x), "warehouseId", Lookups.WAREHOUSE, warehouseId);
        var q = em.createNativeQuery("select coalesce(sum(on_hand), 0), coalesce(sum(available), 0), coalesce(sum(reserved), 0) from stock_balance"
                + " where item_id = ?1" + (warehouseId == null ? "" : " and warehouse_id = ?2")).setParameter(1, itemId);
        if (warehouseId != null) q.setParameter(2, warehouseId);
        Object[] sums = (Object[]) q.getSingleResult();
        long onHand = ((Number) sums[0]).longValue(), available = ((Number) sums[1]).longValue(), reserved = ((Number) sums[2]).longValue();
        List<ExpectedShipment> expected = new ArrayList<>();
        long expectedTotal = 0;
        Filter f = Filter.where().eq("warehouseId", warehouseId);
        for (Shipment s : Shipment.<Shipment>list(f.query() + " and state <> :received order by plannedArrival, createdAt",
                withParam(f.params(), "received", ShipmentState.RECEIVED))) {
            long qty = ShipmentLine.<ShipmentLine>list("shipmentId = ?1 and itemId = ?2", s.id, itemId).stream().mapToLong(l -> l.quantity).sum();
            if (qty == 0) continue;
            expected.add(new ExpectedShipment(s.id, s.reference, s.state, s.plannedArrival, qty));
            expectedTotal += qty;
        }
        return new OutlookView(item.id, item.code, warehouseId, onHand, available, reserved, onHand - available - reserved, expectedTotal, expected);
    }

    private static Map<String, Object> withParam(Map<String, Object> params, String name, Object value) {
        Map<String, Object> m = new java.util.HashMap<>(params);
        m.put(name, value);
        return m;
    }

    // ------------------------------------------------------------------ consumption and days of cover

    @Transactional
    public ConsumptionView recordConsumption(@NotNull @Valid NewConsumption in) {
        Lookups.field(x -> Warehouse.findById(x), "warehouseId", Lookups.WAREHOUSE, in.warehouseId());
        Lookups.field(x -> Item.findById(x), "itemId", Lookups.ITEM, in.itemId());
        if (in.day().isAfter(config.today())) throw ProblemException.validation("day", Violations.NOT_IN_FUTURE_DAY);
        if (ConsumptionRecord.count("warehouseId = ?1 and itemId = ?2 and day = ?3", in.warehouseId(), in.itemId(), in.day()) > 0) {
            throw ProblemException.rule(ServiceProblem.CONSUMPTION_EXISTS, Text.format("Consumption of this item in this warehouse is already recorded for %s.",
                    "该仓库该物资 %s 的消耗已登记。", in.day()));
        }
        ConsumptionRecord c = new ConsumptionRecord();
        c.id = UUID.randomUUID();
        c.warehouseId = in.warehouseId();
        c.itemId = in.itemId();
        c.day = in.day();
        c.quantity = in.quantity();
        c.createdAt = config.now();
        c.persist();
        em.flush();
        ConsumptionView v = Views.consumption(c);
        outbox.publish(SuppliesEvents.CONSUMPTION_RECORDED, c.id, v);
        audit.record("CREATE", "consumption", c.id, null);
        return v;
    }

    /**
     * Days of cover per warehouse and item where consumption is recorded: available stock divided by the average of
     * the recorded days among the last {@code supplies.cover.window-days} days (the latest record's day counts back).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoverView> daysOfCover(UUID warehouseId, UUID itemId) {
        List<CoverView> out = new ArrayList<>();
        Filter f = Filter.where().eq("warehouseId", warehouseId).eq("itemId", itemId);
        Map<String, List<ConsumptionRecord>> groups = new LinkedHashMap<>();
        for (ConsumptionRecord c : ConsumptionRecord.<ConsumptionRecord>list(f.query() + " order by warehouseId, itemId, day desc", f.params())) {
            groups.computeIfAbsent(c.warehouseId + "/" + c.itemId, k -> new ArrayList<>()).add(c);
        }
        for (List<ConsumptionRecord> g : groups.values()) {
            LocalDate latest = g.get(0).day;
            List<ConsumptionRecord> window = g.stream().filter(c -> c.day.isAfter(latest.minusDays(config.cover().windowDays()))).toList();
            double avg = window.stream().mapToInt(c -> c.quantity).average().orElse(0);
            UUID w = g.get(0).warehouseId, i = g.get(0).itemId;
            long available = ((Number) em.createNativeQuery("select coalesce(sum(b.available), 0) from stock_balance b join lot l on l.id = b.lot_id"
                    + " where b.warehouse_id = ?1 and b.item_id = ?2 and (l.expiry is null or l.expiry >= ?3)")
                    .setParameter(1, w).setParameter(2, i).setParameter(3, config.today()).getSingleResult()).longValue();
            Item item = Item.findById(i);
            Double cover = avg == 0 ? null : Math.round(available / avg * 10) / 10.0;
            out.add(new CoverView(w, i, item.code, available, window.size(), Math.round(avg * 10) / 10.0, cover));
        }
        return out;
    }
}
