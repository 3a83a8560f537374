package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.supplies.Lot;
import cn.gov.epidemic.supplies.LotState;
import cn.gov.epidemic.supplies.MovementKind;
import cn.gov.epidemic.supplies.api.StockApi.MovementView;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The stock ledger: every movement is an append-only {@code stock_movement} row written in the same transaction as a
 * conditional update of its {@code stock_balance} row ({@code ... where available + delta >= 0 ...}). The update
 * either applies whole or touches no row, in which case the whole transaction is refused; PostgreSQL's row lock
 * serialises concurrent updates of one balance and re-evaluates the condition on the latest version, and CHECK
 * constraints back it. So on hand, available and reserved can never go negative, whatever the concurrency, and each
 * balance always equals the sums of its ledger rows.
 */
@ApplicationScoped
public class StockLedger {

    /** A lot's share of a reservation. */
    public record Take(UUID lotId, int quantity) {
    }

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    SuppliesConfig config;

    /** Writes one ledger row and applies it to the balance; refuses (409 insufficient-stock) if any figure would go negative. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MovementView move(MovementKind kind, UUID warehouseId, UUID itemId, UUID lotId, int onHand, int available, int reserved,
                             String reason, String note, String referenceType, UUID referenceId, UUID recipientId, OffsetDateTime at) {
        if (onHand > 0) {
            em.createNativeQuery("insert into stock_balance (warehouse_id, lot_id, item_id) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, warehouseId).setParameter(2, lotId).setParameter(3, itemId).executeUpdate();
        }
        int updated = em.createNativeQuery("update stock_balance set on_hand = on_hand + ?3, available = available + ?4, reserved = reserved + ?5"
                        + " where warehouse_id = ?1 and lot_id = ?2 and on_hand + ?3 >= 0 and available + ?4 >= 0 and reserved + ?5 >= 0"
                        + " and available + ?4 + reserved + ?5 <= on_hand + ?3")
                .setParameter(1, warehouseId).setParameter(2, lotId)
                .setParameter(3, onHand).setParameter(4, available).setParameter(5, reserved)
                .executeUpdate();
        if (updated != 1) {
            throw ProblemException.rule(ServiceProblem.INSUFFICIENT_STOCK, Text.format(
                    "Lot %s in warehouse %s does not hold enough stock for this %s.", "仓库 %2$s 中批次 %1$s 的库存不足以完成此次 %4$s。",
                    lotId, warehouseId, kind.name().toLowerCase().replace('_', ' '), kind.name()));
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime when = at == null ? config.now() : at;
        String actor = caller.name();
        em.createNativeQuery("insert into stock_movement (id, kind, warehouse_id, item_id, lot_id, on_hand_delta, available_delta, reserved_delta,"
                        + " reason, note, reference_type, reference_id, recipient_id, occurred_at, actor)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
                .setParameter(1, id).setParameter(2, kind.name()).setParameter(3, warehouseId).setParameter(4, itemId)
                .setParameter(5, lotId).setParameter(6, onHand).setParameter(7, available).setParameter(8, reserved)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(9, reason, String.class).setParameter(10, note, String.class).setParameter(11, referenceType, String.class)
                .setParameter(12, referenceId, UUID.class).setParameter(13, recipientId, UUID.class)
                .setParameter(14, when).setParameter(15, actor)
                .executeUpdate();
        return new MovementView(id, kind, warehouseId, itemId, lotId, onHand, available, reserved, reason, note, referenceType,
                referenceId, recipientId, when, actor);
    }

    /**
     * Reserves {@code quantity} of an item in a warehouse for a recipient, first expiry first out over lots that are
     * RELEASED, not expired and not directed to another recipient (or from one given lot). The balance rows are
     * locked in expiry order, so concurrent reservations queue instead of deadlocking; all or nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Take> reserve(UUID warehouseId, UUID itemId, UUID lotId, UUID recipientId, int quantity, String referenceType,
                              UUID referenceId) {
        LocalDate today = config.today();
        if (lotId != null) {
            Lot lot = Lot.findById(lotId);
            if (lot == null) throw ProblemException.validation("lotId", Text.of("no lot with this id", "不存在此标识的批次"));
            if (!lot.itemId.equals(itemId)) throw ProblemException.validation("lotId", Text.of("is a lot of another item", "是其他物资的批次"));
            requireAllocatable(lot, recipientId, today);
        }
        var query = em.createNativeQuery("select b.lot_id, b.available from stock_balance b join lot l on l.id = b.lot_id"
                        + " where b.warehouse_id = ?1 and b.item_id = ?2 and b.available > 0 and l.state = 'RELEASED'"
                        + " and (l.expiry is null or l.expiry >= ?3) and (l.directed_recipient_id is null or l.directed_recipient_id = ?4)"
                        + (lotId == null ? "" : " and b.lot_id = ?5")
                        + " order by l.expiry asc nulls last, l.id for update of b")
                .setParameter(1, warehouseId).setParameter(2, itemId).setParameter(3, today).setParameter(4, recipientId);
        if (lotId != null) query.setParameter(5, lotId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long total = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
        if (total < quantity) {
            throw ProblemException.rule(ServiceProblem.INSUFFICIENT_STOCK, lotId == null
                    ? Text.format("%d requested but only %d available (released, unexpired) in this warehouse; nothing was reserved.",
                    "请求 %d 件，但该仓库可用（已放行、未过期）库存只有 %d 件；未作任何预留。", quantity, total)
                    : Text.format("%d requested but only %d available (released, unexpired) in this warehouse and lot; nothing was reserved.",
                    "请求 %d 件，但该仓库该批次可用（已放行、未过期）库存只有 %d 件；未作任何预留。", quantity, total));
        }
        List<Take> takes = new ArrayList<>();
        int remaining = quantity;
        for (Object[] r : rows) {
            if (remaining == 0) break;
            UUID lot = (UUID) r[0];
            int take = Math.min(remaining, ((Number) r[1]).intValue());
            move(MovementKind.RESERVATION, warehouseId, itemId, lot, 0, -take, take, null, null, referenceType, referenceId, recipientId, null);
            takes.add(new Take(lot, take));
            remaining -= take;
        }
        return takes;
    }

    /** Refuses a quarantined, held, expired or elsewhere-directed lot with a rule-specific 409. */
    static void requireAllocatable(Lot lot, UUID recipientId, LocalDate today) {
        if (lot.state == LotState.QUARANTINED) {
            throw ProblemException.rule(ServiceProblem.LOT_QUARANTINED, Text.format(
                    "Lot %s has not passed its conformity check; release it before allocating it.", "批次 %s 尚未通过符合性检验；请先放行再分配。", lot.lotNumber));
        }
        if (lot.state == LotState.HELD) {
            throw ProblemException.rule(ServiceProblem.LOT_HELD, Text.format("Lot %s is held and is never allocated.", "批次 %s 已扣留，不会被分配。", lot.lotNumber));
        }
        if (lot.expiry != null && lot.expiry.isBefore(today)) {
            throw ProblemException.rule(ServiceProblem.LOT_EXPIRED, Text.format("Lot %s expired on %s and is never allocated.", "批次 %s 已于 %s 过期，不会被分配。",
                    lot.lotNumber, lot.expiry));
        }
        if (lot.directedRecipientId != null && !lot.directedRecipientId.equals(recipientId)) {
            throw ProblemException.rule(ServiceProblem.LOT_DIRECTED_ELSEWHERE, Text.format(
                    "Lot %s is a directed donation for another recipient.", "批次 %s 是指定给其他受援单位的定向捐赠。", lot.lotNumber));
        }
    }

    /** Balance rows of a lot: warehouse id, on hand, available, reserved; locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Object[]> balancesForUpdate(UUID lotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select warehouse_id, on_hand, available, reserved from stock_balance where lot_id = ?1 order by warehouse_id for update")
                .setParameter(1, lotId).getResultList();
        return rows;
    }
}
