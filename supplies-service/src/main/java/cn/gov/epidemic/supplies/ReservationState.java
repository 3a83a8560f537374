package cn.gov.epidemic.supplies;

/** A reservation of stock for a recipient: ACTIVE, then DISPATCHED, or CANCELLED (stock back to available). */
public enum ReservationState {
    ACTIVE, DISPATCHED, CANCELLED
}
