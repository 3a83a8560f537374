package cn.gov.epidemic.supplies.event;

import cn.gov.epidemic.kit.events.Aggregate;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.supplies.api.AllocationApi.PlanView;
import cn.gov.epidemic.supplies.api.AllocationApi.RequestView;
import cn.gov.epidemic.supplies.api.AllocationApi.ReservationView;
import cn.gov.epidemic.supplies.api.CatalogueApi.ItemView;
import cn.gov.epidemic.supplies.api.CatalogueApi.RecipientView;
import cn.gov.epidemic.supplies.api.CatalogueApi.SupplierView;
import cn.gov.epidemic.supplies.api.CatalogueApi.WarehouseView;
import cn.gov.epidemic.supplies.api.DispatchApi.DispatchView;
import cn.gov.epidemic.supplies.api.DonationApi.DonationView;
import cn.gov.epidemic.supplies.api.DonationApi.ForwardingView;
import cn.gov.epidemic.supplies.api.ShipmentApi.OrderView;
import cn.gov.epidemic.supplies.api.ShipmentApi.ShipmentView;
import cn.gov.epidemic.supplies.api.StockApi.ConsumptionView;
import cn.gov.epidemic.supplies.api.StockApi.LotView;
import cn.gov.epidemic.supplies.api.StockApi.MovementView;
import cn.gov.epidemic.supplies.api.StockApi.TransferView;

/**
 * The events this service publishes, declared once: the topic, each aggregate, and each event type with its payload
 * record (an API response record; its OpenAPI schema is the event's schema). Stock-ledger rows travel inside the
 * events of the change that wrote them (receipt, release, reservation, dispatch, transfer, adjustment, donation).
 */
public final class SuppliesEvents {

    public static final EventSource SOURCE = EventSource.of("supplies-service", "supplies.events", "/supplies-service", "cn.gov.epidemic.supplies",
            "Imported medical supplies: catalogue, procurement, inbound shipments, lots, the stock ledger, requests and allocation, dispatches, donations.");
    private static final Aggregate ITEM = SOURCE.aggregate("item");
    private static final Aggregate SUPPLIER = SOURCE.aggregate("supplier");
    private static final Aggregate WAREHOUSE = SOURCE.aggregate("warehouse");
    private static final Aggregate RECIPIENT = SOURCE.aggregate("recipient");
    private static final Aggregate ORDER = SOURCE.aggregate("order");
    private static final Aggregate SHIPMENT = SOURCE.aggregate("shipment");
    private static final Aggregate LOT = SOURCE.aggregate("lot");
    private static final Aggregate STOCK = SOURCE.aggregate("stock");
    private static final Aggregate REQUEST = SOURCE.aggregate("request");
    private static final Aggregate ALLOCATION = SOURCE.aggregate("allocation");
    private static final Aggregate RESERVATION = SOURCE.aggregate("reservation");
    private static final Aggregate DISPATCH = SOURCE.aggregate("dispatch");
    private static final Aggregate DONATION = SOURCE.aggregate("donation");
    private static final Aggregate CONSUMPTION = SOURCE.aggregate("consumption");

    public static final EventType<ItemView> ITEM_REGISTERED = ITEM.event("item.registered", ItemView.class,
            "Item registered in the catalogue");
    public static final EventType<ItemView> ITEM_UPDATED = ITEM.event("item.updated", ItemView.class,
            "Item details replaced");
    public static final EventType<SupplierView> SUPPLIER_REGISTERED = SUPPLIER.event("supplier.registered", SupplierView.class,
            "Supplier registered");
    public static final EventType<WarehouseView> WAREHOUSE_REGISTERED = WAREHOUSE.event("warehouse.registered", WarehouseView.class,
            "Warehouse registered");
    public static final EventType<RecipientView> RECIPIENT_REGISTERED = RECIPIENT.event("recipient.registered", RecipientView.class,
            "Recipient (banner/county/district, hospital, organisation) registered");
    public static final EventType<OrderView> ORDER_PLACED = ORDER.event("order.placed", OrderView.class,
            "Procurement order placed with a supplier");
    public static final EventType<ShipmentView> SHIPMENT_PLANNED = SHIPMENT.event("shipment.planned", ShipmentView.class,
            "Inbound shipment planned");
    public static final EventType<ShipmentView> SHIPMENT_DISPATCHED = SHIPMENT.event("shipment.dispatched", ShipmentView.class,
            "Shipment left its origin");
    public static final EventType<ShipmentView> SHIPMENT_AT_PORT = SHIPMENT.event("shipment.at-port", ShipmentView.class,
            "Shipment at the port of entry");
    public static final EventType<ShipmentView> SHIPMENT_CUSTOMS_CLEARED = SHIPMENT.event("shipment.customs-cleared", ShipmentView.class,
            "Customs cleared the shipment");
    public static final EventType<ShipmentView> SHIPMENT_HELD = SHIPMENT.event("shipment.held", ShipmentView.class,
            "Customs held the shipment");
    public static final EventType<ShipmentView> SHIPMENT_ARRIVED = SHIPMENT.event("shipment.arrived", ShipmentView.class,
            "Shipment arrived at the destination warehouse");
    public static final EventType<ShipmentView> SHIPMENT_RECEIVED = SHIPMENT.event("shipment.received", ShipmentView.class,
            "Shipment received, quantities per line with discrepancies; lots created QUARANTINED");
    public static final EventType<LotView> LOT_RELEASED = LOT.event("lot.released", LotView.class,
            "Lot released after the conformity check: its stock becomes available");
    public static final EventType<LotView> LOT_HELD = LOT.event("lot.held", LotView.class,
            "Lot held (nonconforming, recalled): never allocated");
    public static final EventType<MovementView> STOCK_ADJUSTED = STOCK.event("stock.adjusted", MovementView.class,
            "Stock adjusted by hand with a reason");
    public static final EventType<TransferView> STOCK_TRANSFERRED = STOCK.event("stock.transferred", TransferView.class,
            "Stock moved between warehouses");
    public static final EventType<RequestView> REQUEST_SUBMITTED = REQUEST.event("request.submitted", RequestView.class,
            "Request submitted by a recipient");
    public static final EventType<RequestView> REQUEST_CANCELLED = REQUEST.event("request.cancelled", RequestView.class,
            "Request cancelled");
    public static final EventType<PlanView> ALLOCATION_PROPOSED = ALLOCATION.event("allocation.proposed", PlanView.class,
            "Allocation plan computed");
    public static final EventType<PlanView> ALLOCATION_APPROVED = ALLOCATION.event("allocation.approved", PlanView.class,
            "Allocation plan approved and turned into reservations");
    public static final EventType<PlanView> ALLOCATION_REJECTED = ALLOCATION.event("allocation.rejected", PlanView.class,
            "Allocation plan rejected");
    public static final EventType<ReservationView> RESERVATION_MADE = RESERVATION.event("reservation.made", ReservationView.class,
            "Stock reserved for a recipient (first expiry first out)");
    public static final EventType<ReservationView> RESERVATION_CANCELLED = RESERVATION.event("reservation.cancelled", ReservationView.class,
            "Reservation cancelled, stock available again");
    public static final EventType<DispatchView> DISPATCH_PLANNED = DISPATCH.event("dispatch.planned", DispatchView.class,
            "Dispatch planned: checkpoint-service may issue the emergency-transport pass from it");
    public static final EventType<DispatchView> DISPATCH_PASS_RECORDED = DISPATCH.event("dispatch.pass-recorded", DispatchView.class,
            "Emergency-transport pass recorded on the dispatch");
    public static final EventType<DispatchView> DISPATCH_PASS_REFUSED = DISPATCH.event("dispatch.pass-refused", DispatchView.class,
            "Flow 1: checkpoint-service refused the automatic green-lane pass; the reason is in passRefusal");
    public static final EventType<DispatchView> DISPATCH_PASS_WITHDRAWN = DISPATCH.event("dispatch.pass-withdrawn", DispatchView.class,
            "Flow 1: the recorded pass was revoked before departure; departure needs a new one");
    public static final EventType<DispatchView> DISPATCH_DEPARTED = DISPATCH.event("dispatch.departed", DispatchView.class,
            "Vehicle left: stock leaves the ledger");
    public static final EventType<DispatchView> DISPATCH_CANCELLED = DISPATCH.event("dispatch.cancelled", DispatchView.class,
            "Dispatch cancelled before departure");
    public static final EventType<DispatchView> DISPATCH_DELIVERED = DISPATCH.event("dispatch.delivered", DispatchView.class,
            "Delivery confirmed by the recipient: the dispatch is closed");
    public static final EventType<DonationView> DONATION_RECEIVED = DONATION.event("donation.received", DonationView.class,
            "Donation received (goods enter the ledger QUARANTINED)");
    public static final EventType<ForwardingView> DONATION_FORWARDED = DONATION.event("donation.forwarded", ForwardingView.class,
            "Money of a directed donation forwarded to the named recipient");
    public static final EventType<ConsumptionView> CONSUMPTION_RECORDED = CONSUMPTION.event("consumption.recorded", ConsumptionView.class,
            "Daily consumption recorded");

    private SuppliesEvents() {
    }
}
