package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.supplies.Donation;
import cn.gov.epidemic.supplies.DonationForwarding;
import cn.gov.epidemic.supplies.DonationKind;
import cn.gov.epidemic.supplies.DonationLine;
import cn.gov.epidemic.supplies.Item;
import cn.gov.epidemic.supplies.Lot;
import cn.gov.epidemic.supplies.MovementKind;
import cn.gov.epidemic.supplies.Recipient;
import cn.gov.epidemic.supplies.Warehouse;
import cn.gov.epidemic.supplies.api.DonationApi.DonationView;
import cn.gov.epidemic.supplies.api.DonationApi.ForwardingView;
import cn.gov.epidemic.supplies.api.DonationApi.NewDonation;
import cn.gov.epidemic.supplies.api.DonationApi.NewDonationLine;
import cn.gov.epidemic.supplies.api.DonationApi.NewForwarding;
import cn.gov.epidemic.supplies.api.DonationApi.ReceiverTotal;
import cn.gov.epidemic.supplies.api.DonationApi.SummaryView;
import cn.gov.epidemic.supplies.api.DonationApi.TraceMovement;
import cn.gov.epidemic.supplies.api.DonationApi.TraceView;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import cn.gov.epidemic.supplies.event.SuppliesEvents;
import cn.gov.epidemic.supplies.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Donations of money and goods. Directed donations name a recipient and are forwarded to it (money) or kept for it
 * (goods: their lots are reserved only for that recipient); undirected ones enter the pool. Goods enter the ledger
 * as QUARANTINED lots (DONATION_RECEIPT). The trace follows a donation to where it went.
 */
@ApplicationScoped
public class DonationService {

    private static final Map<String, String> SORTS = Map.of("receivedOn", "receivedOn", "createdAt", "createdAt", "amount", "amount", "donor", "donor");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

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
    @Inject
    ShipmentService shipments;

    @Transactional
    public DonationView receive(@NotNull @Valid NewDonation in) {
        Recipient directedTo = null;
        if (in.directed()) {
            if (in.directedRecipientId() == null) {
                throw ProblemException.validation("directedRecipientId", Text.of("is required for a directed donation: name the recipient the donor asked for",
                        "定向捐赠必填：请填写捐赠方指定的受援单位"));
            }
            directedTo = Lookups.field(x -> Recipient.findById(x), "directedRecipientId", Lookups.RECIPIENT, in.directedRecipientId());
        } else if (in.directedRecipientId() != null) {
            throw ProblemException.validation("directedRecipientId", Text.of("must be absent for an undirected donation (it goes into the pool)",
                    "非定向捐赠不得填写（纳入统筹）"));
        }
        if (in.receivedOn().isAfter(config.today())) throw ProblemException.validation("receivedOn", Violations.NOT_IN_FUTURE_DAY);
        boolean goods = in.kind() == DonationKind.GOODS;
        if (!goods) {
            if (in.amount() == null) throw ProblemException.validation("amount", Text.of("is required for a money donation", "资金捐赠必填"));
            if (in.currency() == null) throw ProblemException.validation("currency", Text.of("is required for a money donation", "资金捐赠必填"));
            if (in.lines() != null && !in.lines().isEmpty()) throw ProblemException.validation("lines", Text.of("must be absent for a money donation", "资金捐赠不得填写"));
        } else {
            if (in.lines() == null || in.lines().isEmpty()) throw ProblemException.validation("lines", Text.of("a goods donation lists at least one item", "物资捐赠至少列出一项物资"));
            if (in.amount() != null && in.currency() == null) throw ProblemException.validation("currency", Text.of("is required with a declared value", "申报价值时必填"));
        }
        Donation d = new Donation();
        d.id = UUID.randomUUID();
        d.donor = in.donor();
        d.kind = in.kind();
        d.receivedOn = in.receivedOn();
        d.receivedBy = in.receivedBy();
        d.divisionCode = in.divisionCode();
        d.amount = in.amount() == null ? null : in.amount().setScale(2);
        d.currency = in.currency();
        d.directed = in.directed();
        d.directedRecipientId = directedTo == null ? null : directedTo.id;
        d.purpose = in.purpose();
        d.createdAt = config.now();
        d.persist();
        em.flush();
        List<DonationLine> lines = new ArrayList<>();
        if (goods) {
            for (int i = 0; i < in.lines().size(); i++) {
                NewDonationLine l = in.lines().get(i);
                String at = "lines[" + i + "]";
                Lookups.field(x -> Item.findById(x), at + ".itemId", Lookups.ITEM, l.itemId());
                Lookups.field(x -> Warehouse.findById(x), at + ".warehouseId", Lookups.WAREHOUSE, l.warehouseId());
                if (l.expiry() != null && l.expiry().isBefore(config.today())) {
                    throw ProblemException.rule(ServiceProblem.EXPIRED_ON_RECEIPT, Text.format("Donated lot %s expired on %s; expired goods are not taken into stock.",
                            "捐赠批次 %s 已于 %s 过期；过期物资不予入库。", l.lotNumber(), l.expiry()));
                }
                Lot lot = shipments.newLot(l.itemId(), l.lotNumber(), l.expiry(), at + ".lotNumber");
                lot.donationId = d.id;
                lot.directedRecipientId = d.directedRecipientId;
                lot.persist();
                DonationLine dl = new DonationLine();
                dl.id = UUID.randomUUID();
                dl.donationId = d.id;
                dl.lineNo = i + 1;
                dl.itemId = l.itemId();
                dl.warehouseId = l.warehouseId();
                dl.quantity = l.quantity();
                dl.lotId = lot.id;
                dl.persist();
                em.flush();
                ledger.move(MovementKind.DONATION_RECEIPT, l.warehouseId(), l.itemId(), lot.id, l.quantity(), 0, 0, null, null,
                        "donation", d.id, d.directedRecipientId, null);
                lines.add(dl);
            }
        }
        DonationView v = Views.donation(d, directedTo == null ? null : directedTo.name, lines, ZERO);
        outbox.publish(SuppliesEvents.DONATION_RECEIVED, d.id, v);
        audit.record("CREATE", "donation", d.id, d.kind.name());
        return v;
    }

    /** Forwards money of a directed donation to the recipient the donor named; never more than the donation. */
    @Transactional
    public ForwardingView forward(@NotNull UUID id, @NotNull @Valid NewForwarding in) {
        Donation d = Lookups.path(x -> Donation.findById(x), Lookups.DONATION, id);
        em.lock(d, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (d.kind != DonationKind.MONEY) {
            throw ProblemException.rule(ServiceProblem.NOT_A_MONEY_DONATION, Text.of("Goods of a donation are reserved and dispatched, not forwarded.",
                    "捐赠物资通过预留和调运分发，不能转拨。"));
        }
        if (!d.directed) {
            throw ProblemException.rule(ServiceProblem.DONATION_NOT_DIRECTED, Text.format(
                    "Donation %s was given into the pool without a named recipient; there is nobody to forward it to.",
                    "捐赠 %s 未指定受援单位，已纳入统筹，没有可转拨的对象。", d.id));
        }
        if (in.forwardedOn().isBefore(d.receivedOn)) throw ProblemException.validation("forwardedOn", Text.of("must not be before the donation was received", "不得早于捐赠接收日期"));
        if (in.forwardedOn().isAfter(config.today())) throw ProblemException.validation("forwardedOn", Violations.NOT_IN_FUTURE_DAY);
        BigDecimal already = forwarded(d.id);
        if (already.add(in.amount()).compareTo(d.amount) > 0) {
            throw ProblemException.rule(ServiceProblem.FORWARDING_EXCEEDS_DONATION, Text.format(
                    "Donation of %s has %s left to forward; %s is too much.", "捐赠金额 %s，尚可转拨 %s；%s 超出可转拨金额。",
                    d.amount, d.amount.subtract(already), in.amount()));
        }
        DonationForwarding f = new DonationForwarding();
        f.id = UUID.randomUUID();
        f.donationId = d.id;
        f.recipientId = d.directedRecipientId;
        f.amount = in.amount().setScale(2);
        f.forwardedOn = in.forwardedOn();
        f.reference = in.reference();
        f.createdAt = config.now();
        f.persist();
        em.flush();
        Recipient r = Recipient.findById(f.recipientId);
        ForwardingView v = Views.forwarding(f, r.name);
        outbox.publish(SuppliesEvents.DONATION_FORWARDED, d.id, v);
        audit.record("FORWARD", "donation", d.id, f.amount.toPlainString());
        return v;
    }

    private BigDecimal forwarded(UUID donationId) {
        BigDecimal sum = (BigDecimal) em.createQuery("select coalesce(sum(f.amount), 0) from DonationForwarding f where f.donationId = ?1")
                .setParameter(1, donationId).getSingleResult();
        return sum.setScale(2);
    }

    private DonationView view(Donation d) {
        String name = d.directedRecipientId == null ? null : Recipient.<Recipient>findById(d.directedRecipientId).name;
        return Views.donation(d, name, DonationLine.list("donationId = ?1 order by lineNo", d.id), forwarded(d.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DonationView get(UUID id) {
        return view(Lookups.path(x -> Donation.findById(x), Lookups.DONATION, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DonationView> list(DonationKind kind, String divisionCode, Boolean directed, String receivedBy, PageQuery page) {
        Filter f = Filter.where().eq("kind", kind).within("divisionCode", divisionCode).eq("directed", directed).contains("receivedBy", receivedBy);
        return Page.of(Donation.<Donation>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, this::view);
    }

    /** Where a donation went: money forwarded (or still with the receiver / in the pool); goods through the ledger. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TraceView trace(UUID id) {
        Donation d = Lookups.path(x -> Donation.findById(x), Lookups.DONATION, id);
        DonationView v = view(d);
        Map<UUID, String> names = new HashMap<>();
        List<ForwardingView> forwardings = DonationForwarding.<DonationForwarding>list("donationId = ?1 order by forwardedOn, createdAt", d.id).stream()
                .map(f -> Views.forwarding(f, names.computeIfAbsent(f.recipientId, r -> Recipient.<Recipient>findById(r).name))).toList();
        BigDecimal forwarded = v.forwarded();
        BigDecimal remaining = d.amount == null || d.kind == DonationKind.GOODS ? null : d.amount.subtract(forwarded);
        List<TraceMovement> goods = new ArrayList<>();
        for (DonationLine l : DonationLine.<DonationLine>list("donationId = ?1 order by lineNo", d.id)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select m.lot_id, m.kind, m.warehouse_id, m.on_hand_delta, m.reserved_delta, m.recipient_id,"
                    + " m.reference_type, m.reference_id, m.occurred_at from stock_movement m where m.lot_id = ?1 order by m.seq").setParameter(1, l.lotId).getResultList();
            for (Object[] r : rows) {
                UUID recipient = (UUID) r[5];
                String name = recipient == null ? null : names.computeIfAbsent(recipient, x -> Recipient.<Recipient>findById(x).name);
                goods.add(new TraceMovement((UUID) r[0], MovementKind.valueOf((String) r[1]), (UUID) r[2], ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(), recipient, name, (String) r[6], (UUID) r[7], StockService.offset(r[8])));
            }
        }
        String status;
        if (d.kind == DonationKind.GOODS) {
            status = goods.stream().anyMatch(m -> m.kind() == MovementKind.DISPATCH) ? "GOODS_DISPATCHED" : "GOODS_IN_STOCK";
        } else if (!d.directed) {
            status = "IN_POOL";
        } else {
            status = remaining.signum() == 0 ? "FORWARDED_IN_FULL" : forwarded.signum() == 0 ? "AWAITING_FORWARDING" : "PARTLY_FORWARDED";
        }
        return new TraceView(v, forwardings, forwarded, remaining, status, goods);
    }

    /** Totals of a division (Ordos: 122 million yuan, 102 million through the Red Cross). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryView summary(String divisionCode, String receivedBy) {
        Filter f = Filter.where().within("divisionCode", divisionCode).contains("receivedBy", receivedBy);
        List<Donation> all = Donation.list(f.query() + " order by receivedOn, createdAt", f.params());
        BigDecimal money = ZERO, goods = ZERO, forwarded = ZERO;
        Map<String, BigDecimal> byReceiver = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (Donation d : all) {
            BigDecimal value = d.amount == null ? ZERO : d.amount;
            if (d.kind == DonationKind.MONEY) money = money.add(value);
            else goods = goods.add(value);
            byReceiver.merge(d.receivedBy, value, BigDecimal::add);
            counts.merge(d.receivedBy, 1L, Long::sum);
            forwarded = forwarded.add(forwarded(d.id));
        }
        List<ReceiverTotal> receivers = byReceiver.entrySet().stream()
                .map(e -> new ReceiverTotal(e.getKey(), e.getValue(), counts.get(e.getKey()))).toList();
        return new SummaryView(divisionCode, money.add(goods), money, goods, forwarded, all.size(), receivers);
    }
}
