package cn.gov.epidemic.checkpoint;

/**
 * REQUESTED → APPROVED (approved, no detour published yet) → IN_EFFECT (approved and detour published; the detour may
 * come first) → LIFTED; or REQUESTED → REJECTED. Only IN_EFFECT closes the road.
 */
public enum ClosureState {
    REQUESTED, APPROVED, IN_EFFECT, REJECTED, LIFTED
}
