package cn.gov.epidemic.supplies.event;

/**
 * The event types this service publishes on topic {@code supplies.events} (CloudEvents type =
 * {@code cn.gov.epidemic.supplies.} + the constant, key and subject = the aggregate id). Payloads are the API's
 * response records of the named OpenAPI schema ("data X", checked by the build's event catalogue, docs/events.md).
 * Stock-ledger rows travel inside the events of the change that wrote them (receipt, release, reservation, dispatch,
 * transfer, adjustment, donation).
 */
public final class SuppliesEvents {

    /** Item registered in the catalogue; data Item. */
    public static final String ITEM_REGISTERED = "item.registered";
    /** Item details replaced; data Item. */
    public static final String ITEM_UPDATED = "item.updated";
    /** Supplier registered; data Supplier. */
    public static final String SUPPLIER_REGISTERED = "supplier.registered";
    /** Warehouse registered; data Warehouse. */
    public static final String WAREHOUSE_REGISTERED = "warehouse.registered";
    /** Recipient (banner/county/district, hospital, organisation) registered; data Recipient. */
    public static final String RECIPIENT_REGISTERED = "recipient.registered";
    /** Procurement order placed with a supplier; data Order. */
    public static final String ORDER_PLACED = "order.placed";
    /** Inbound shipment planned; data Shipment. */
    public static final String SHIPMENT_PLANNED = "shipment.planned";
    /** Shipment left its origin; data Shipment. */
    public static final String SHIPMENT_DISPATCHED = "shipment.dispatched";
    /** Shipment at the port of entry; data Shipment. */
    public static final String SHIPMENT_AT_PORT = "shipment.at-port";
    /** Customs cleared the shipment; data Shipment. */
    public static final String SHIPMENT_CUSTOMS_CLEARED = "shipment.customs-cleared";
    /** Customs held the shipment; data Shipment. */
    public static final String SHIPMENT_HELD = "shipment.held";
    /** Shipment arrived at the destination warehouse; data Shipment. */
    public static final String SHIPMENT_ARRIVED = "shipment.arrived";
    /** Shipment received, quantities per line with discrepancies; lots created QUARANTINED; data Shipment. */
    public static final String SHIPMENT_RECEIVED = "shipment.received";
    /** Lot released after the conformity check: its stock becomes available; data Lot. */
    public static final String LOT_RELEASED = "lot.released";
    /** Lot held (nonconforming, recalled): never allocated; data Lot. */
    public static final String LOT_HELD = "lot.held";
    /** Stock adjusted by hand with a reason; data Movement. */
    public static final String STOCK_ADJUSTED = "stock.adjusted";
    /** Stock moved between warehouses; data Transfer. */
    public static final String STOCK_TRANSFERRED = "stock.transferred";
    /** Request submitted by a recipient; data Request. */
    public static final String REQUEST_SUBMITTED = "request.submitted";
    /** Request cancelled; data Request. */
    public static final String REQUEST_CANCELLED = "request.cancelled";
    /** Allocation plan computed; data AllocationPlan. */
    public static final String ALLOCATION_PROPOSED = "allocation.proposed";
    /** Allocation plan approved and turned into reservations; data AllocationPlan. */
    public static final String ALLOCATION_APPROVED = "allocation.approved";
    /** Allocation plan rejected; data AllocationPlan. */
    public static final String ALLOCATION_REJECTED = "allocation.rejected";
    /** Stock reserved for a recipient (first expiry first out); data Reservation. */
    public static final String RESERVATION_MADE = "reservation.made";
    /** Reservation cancelled, stock available again; data Reservation. */
    public static final String RESERVATION_CANCELLED = "reservation.cancelled";
    /** Dispatch planned: checkpoint-service may issue the emergency-transport pass from it; data Dispatch. */
    public static final String DISPATCH_PLANNED = "dispatch.planned";
    /** Emergency-transport pass recorded on the dispatch; data Dispatch. */
    public static final String DISPATCH_PASS_RECORDED = "dispatch.pass-recorded";
    /** Flow 1: checkpoint-service refused the automatic green-lane pass; the reason is in passRefusal; data Dispatch. */
    public static final String DISPATCH_PASS_REFUSED = "dispatch.pass-refused";
    /** Flow 1: the recorded pass was revoked before departure; departure needs a new one; data Dispatch. */
    public static final String DISPATCH_PASS_WITHDRAWN = "dispatch.pass-withdrawn";
    /** Vehicle left: stock leaves the ledger; data Dispatch. */
    public static final String DISPATCH_DEPARTED = "dispatch.departed";
    /** Dispatch cancelled before departure; data Dispatch. */
    public static final String DISPATCH_CANCELLED = "dispatch.cancelled";
    /** Delivery confirmed by the recipient: the dispatch is closed; data Dispatch. */
    public static final String DISPATCH_DELIVERED = "dispatch.delivered";
    /** Donation received (goods enter the ledger QUARANTINED); data Donation. */
    public static final String DONATION_RECEIVED = "donation.received";
    /** Money of a directed donation forwarded to the named recipient; data Forwarding. */
    public static final String DONATION_FORWARDED = "donation.forwarded";
    /** Daily consumption recorded; data Consumption. */
    public static final String CONSUMPTION_RECORDED = "consumption.recorded";

    private SuppliesEvents() {
    }
}
