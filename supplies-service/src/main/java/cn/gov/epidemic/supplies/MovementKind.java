package cn.gov.epidemic.supplies;

/** The kinds of stock-ledger rows. */
public enum MovementKind {
    RECEIPT, RELEASE, HOLD, RESERVATION, RESERVATION_CANCELLED, DISPATCH, TRANSFER_OUT, TRANSFER_IN, ADJUSTMENT, DONATION_RECEIPT
}
