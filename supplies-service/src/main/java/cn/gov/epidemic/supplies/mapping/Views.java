package cn.gov.epidemic.supplies.mapping;

import cn.gov.epidemic.supplies.AllocationLine;
import cn.gov.epidemic.supplies.AllocationPlan;
import cn.gov.epidemic.supplies.ConsumptionRecord;
import cn.gov.epidemic.supplies.Dispatch;
import cn.gov.epidemic.supplies.Donation;
import cn.gov.epidemic.supplies.DonationForwarding;
import cn.gov.epidemic.supplies.DonationLine;
import cn.gov.epidemic.supplies.Item;
import cn.gov.epidemic.supplies.Lot;
import cn.gov.epidemic.supplies.OrderLine;
import cn.gov.epidemic.supplies.ProcurementOrder;
import cn.gov.epidemic.supplies.Recipient;
import cn.gov.epidemic.supplies.Reservation;
import cn.gov.epidemic.supplies.Shipment;
import cn.gov.epidemic.supplies.ShipmentLine;
import cn.gov.epidemic.supplies.ShipmentTransition;
import cn.gov.epidemic.supplies.Supplier;
import cn.gov.epidemic.supplies.SupplyRequest;
import cn.gov.epidemic.supplies.Warehouse;
import cn.gov.epidemic.supplies.api.AllocationApi.PlanLineView;
import cn.gov.epidemic.supplies.api.AllocationApi.PlanView;
import cn.gov.epidemic.supplies.api.AllocationApi.RequestView;
import cn.gov.epidemic.supplies.api.AllocationApi.ReservationView;
import cn.gov.epidemic.supplies.api.AllocationApi.ReservedLot;
import cn.gov.epidemic.supplies.api.CatalogueApi.ItemView;
import cn.gov.epidemic.supplies.api.CatalogueApi.RecipientView;
import cn.gov.epidemic.supplies.api.CatalogueApi.SupplierView;
import cn.gov.epidemic.supplies.api.CatalogueApi.WarehouseView;
import cn.gov.epidemic.supplies.api.DispatchApi.DispatchLine;
import cn.gov.epidemic.supplies.api.DispatchApi.DispatchView;
import cn.gov.epidemic.supplies.api.DonationApi.DonationLineView;
import cn.gov.epidemic.supplies.api.DonationApi.DonationView;
import cn.gov.epidemic.supplies.api.DonationApi.ForwardingView;
import cn.gov.epidemic.supplies.api.ShipmentApi.OrderLineView;
import cn.gov.epidemic.supplies.api.ShipmentApi.OrderView;
import cn.gov.epidemic.supplies.api.ShipmentApi.ShipmentLineView;
import cn.gov.epidemic.supplies.api.ShipmentApi.ShipmentView;
import cn.gov.epidemic.supplies.api.ShipmentApi.TransitionView;
import cn.gov.epidemic.supplies.api.StockApi.ConsumptionView;
import cn.gov.epidemic.supplies.api.StockApi.LotView;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Entity → response record, the only way entities reach the wire. */
public final class Views {

    private Views() {
    }

    public static ItemView item(Item i) {
        return new ItemView(i.id, i.code, i.name, i.category, i.unitOfMeasure, i.standard, i.createdAt, i.version);
    }

    public static SupplierView supplier(Supplier s) {
        return new SupplierView(s.id, s.name, s.country, s.city, s.createdAt, s.version);
    }

    public static WarehouseView warehouse(Warehouse w) {
        return new WarehouseView(w.id, w.code, w.name, w.divisionCode, w.createdAt, w.version);
    }

    public static RecipientView recipient(Recipient r) {
        return new RecipientView(r.id, r.name, r.kind, r.divisionCode, r.createdAt, r.version);
    }

    public static OrderView order(ProcurementOrder o, List<OrderLine> lines) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        boolean priced = true;
        for (OrderLine l : lines) {
            if (l.unitPrice == null) priced = false;
            else total = total.add(l.unitPrice.multiply(BigDecimal.valueOf(l.quantity)));
        }
        return new OrderView(o.id, o.supplierId, o.reference, o.orderedOn, o.currency,
                lines.stream().map(l -> new OrderLineView(l.lineNo, l.itemId, l.quantity, l.unitPrice)).toList(),
                priced ? total : null, o.createdAt, o.version);
    }

    public static ShipmentView shipment(Shipment s, List<ShipmentLine> lines) {
        return new ShipmentView(s.id, s.orderId, s.supplierId, s.reference, s.origin, s.portOfEntry, s.warehouseId, s.carrier,
                s.plannedArrival, s.state, s.stateChangedAt, List.copyOf(s.state.next()),
                lines.stream().map(Views::shipmentLine).toList(), s.createdAt, s.version);
    }

    public static ShipmentLineView shipmentLine(ShipmentLine l) {
        return new ShipmentLineView(l.id, l.lineNo, l.itemId, l.quantity, l.lotNumber, l.expiry, l.receivedQuantity,
                l.discrepancyReason, l.discrepancyNote, l.lotId);
    }

    public static TransitionView transition(ShipmentTransition t) {
        return new TransitionView(t.id, t.shipmentId, t.fromState, t.toState, t.occurredAt, t.recordedAt, t.actor, t.note);
    }

    public static LotView lot(Lot l) {
        return new LotView(l.id, l.itemId, l.lotNumber, l.expiry, l.state, l.shipmentId, l.donationId, l.directedRecipientId,
                l.checkedStandard, l.certificateReference, l.stateReason, l.releasedAt, l.releasedBy, l.createdAt, l.version);
    }

    public static RequestView request(SupplyRequest r, String recipientName) {
        return new RequestView(r.id, r.recipientId, recipientName, r.itemId, r.quantity, r.allocated, r.priority, r.neededBy,
                r.note, r.state, r.createdAt, r.version);
    }

    public static PlanView plan(AllocationPlan p, List<AllocationLine> lines, java.util.Map<UUID, String> names) {
        return new PlanView(p.id, p.itemId, p.warehouseId, p.quantity, p.available, p.rule, p.state, p.proposedBy, p.approvedBy,
                p.rejectedBy, p.decidedAt, lines.stream().map(l -> new PlanLineView(l.lineNo, l.requestId, l.recipientId, names.get(l.recipientId),
                        l.priority, l.outstanding, l.quantity, l.reason, l.reservationId)).toList(), p.createdAt, p.version);
    }

    public static ReservationView reservation(Reservation r, List<ReservedLot> lots) {
        return new ReservationView(r.id, r.recipientId, r.itemId, r.warehouseId, r.quantity, r.requestId, r.planId, r.dispatchId,
                r.state, lots, r.createdAt, r.version);
    }

    /** A reservation on a dispatch as its view needs it: the item's name read with it. */
    public record DispatchedReservation(UUID id, UUID itemId, String itemName, int quantity) {
    }

    public static DispatchView dispatch(Dispatch d, String recipientName, String warehouseName, List<DispatchedReservation> reservations) {
        java.util.Map<UUID, DispatchLine> perItem = new java.util.LinkedHashMap<>();
        for (DispatchedReservation r : reservations) {
            perItem.merge(r.itemId(), new DispatchLine(r.itemId(), r.itemName(), r.quantity()),
                    (a, b) -> new DispatchLine(a.itemId(), a.itemName(), a.quantity() + b.quantity()));
        }
        return new DispatchView(d.id, d.recipientId, recipientName, d.warehouseId, warehouseName, reservations.stream().map(DispatchedReservation::id).toList(),
                List.copyOf(perItem.values()),
                d.vehiclePlate, d.driverName, d.route, d.expectedArrival, d.passId, d.passCode, d.passRecordedAt, d.passRefusal, d.state,
                d.departedAt, d.deliveredAt, d.receivedBy, d.cancelledAt, d.cancelReason, d.createdAt, d.version);
    }

    public static DonationView donation(Donation d, String directedName, List<DonationLine> lines, BigDecimal forwarded) {
        return new DonationView(d.id, d.donor, d.kind, d.receivedOn, d.receivedBy, d.divisionCode, d.amount, d.currency, d.directed,
                d.directedRecipientId, directedName, d.purpose,
                lines.stream().map(l -> new DonationLineView(l.lineNo, l.itemId, l.warehouseId, l.quantity, l.lotId)).toList(),
                forwarded, d.createdAt, d.version);
    }

    public static ForwardingView forwarding(DonationForwarding f, String recipientName) {
        return new ForwardingView(f.id, f.donationId, f.recipientId, recipientName, f.amount, f.forwardedOn, f.reference, f.createdAt);
    }

    public static ConsumptionView consumption(ConsumptionRecord c) {
        return new ConsumptionView(c.id, c.warehouseId, c.itemId, c.day, c.quantity, c.createdAt);
    }
}
