package cn.gov.epidemic.supplies;

/** Why a received quantity differs from the shipped one: DAMAGED or SHORT (fewer), EXCESS (more). */
public enum DiscrepancyReason {
    DAMAGED, SHORT, EXCESS
}
