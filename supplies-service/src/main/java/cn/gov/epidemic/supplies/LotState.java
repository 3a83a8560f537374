package cn.gov.epidemic.supplies;

/** A lot arrives QUARANTINED; after the conformity check it is RELEASED (usable) or HELD (never allocated). */
public enum LotState {
    QUARANTINED, RELEASED, HELD
}
