package cn.gov.epidemic.personnel;

/** Home observation: under observation until released or referred to hospital. */
public enum ObservationState {
    UNDER_OBSERVATION, RELEASED, REFERRED
}
