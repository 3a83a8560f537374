package cn.gov.epidemic.supplies;

/** Why stock was adjusted by hand. */
public enum AdjustmentReason {
    DAMAGED, LOST, FOUND, COUNT_CORRECTION, EXPIRED_DISPOSAL, SAMPLE_TESTING
}
