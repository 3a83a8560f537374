package cn.gov.epidemic.supplies;

/** An allocation plan: PROPOSED, then APPROVED (turned into reservations) or REJECTED. */
public enum PlanState {
    PROPOSED, APPROVED, REJECTED
}
