package cn.gov.epidemic.personnel;

/** Life of a deployment: PLANNED, then ACTIVE, then RELIEVED; PLANNED or ACTIVE may be CANCELLED. */
public enum DeploymentState {
    PLANNED, ACTIVE, RELIEVED, CANCELLED
}
