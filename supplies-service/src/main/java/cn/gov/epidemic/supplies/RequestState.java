package cn.gov.epidemic.supplies;

/** A request: OPEN, PARTIALLY_ALLOCATED, ALLOCATED (in full), or CANCELLED. */
public enum RequestState {
    OPEN, PARTIALLY_ALLOCATED, ALLOCATED, CANCELLED
}
