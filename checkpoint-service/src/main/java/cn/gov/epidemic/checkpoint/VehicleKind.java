package cn.gov.epidemic.checkpoint;

/** The kind of vehicle checked. */
public enum VehicleKind {
    PRIVATE_CAR, TRUCK, COLD_CHAIN_TRUCK, BUS, VAN, AMBULANCE, MOTORCYCLE, OTHER
}
