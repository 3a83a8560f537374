package cn.gov.epidemic.checkpoint;

/** ACTIVE, or void: REVOKED by the issuing body or USED (arrival recorded). */
public enum PassState {
    ACTIVE, REVOKED, USED
}
