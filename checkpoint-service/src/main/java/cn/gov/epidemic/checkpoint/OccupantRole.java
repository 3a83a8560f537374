package cn.gov.epidemic.checkpoint;

/** Driver or passenger. */
public enum OccupantRole {
    DRIVER, PASSENGER
}
