package cn.gov.epidemic.checkpoint;

/** Detection-and-transfer: DETECTED at the checkpoint, IN_TRANSFER to the designated hospital, HANDED_OVER there. */
public enum ReferralState {
    DETECTED, IN_TRANSFER, HANDED_OVER
}
