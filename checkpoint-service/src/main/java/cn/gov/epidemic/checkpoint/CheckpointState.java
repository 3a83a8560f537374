package cn.gov.epidemic.checkpoint;

/** OPEN (checking), SUSPENDED (temporarily not staffed), CLOSED (the channel is closed). */
public enum CheckpointState {
    OPEN, SUSPENDED, CLOSED
}
