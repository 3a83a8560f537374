package cn.gov.epidemic.supplies;

/** A dispatch: PLANNED, DEPARTED (needs the emergency-transport pass), DELIVERED; PLANNED may be CANCELLED. */
public enum DispatchState {
    PLANNED, DEPARTED, DELIVERED, CANCELLED
}
