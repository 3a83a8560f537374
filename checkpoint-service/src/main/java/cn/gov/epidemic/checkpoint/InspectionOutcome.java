package cn.gov.epidemic.checkpoint;

/** PASSED, TURNED_BACK (persuaded to return, or a pass refused), REFERRED (a fever: detection-and-transfer procedure). */
public enum InspectionOutcome {
    PASSED, TURNED_BACK, REFERRED
}
