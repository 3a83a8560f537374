package cn.gov.epidemic.checkpoint;

/** How a road section is closed. Hard isolation (piling earth, digging up the road) is refused (Chifeng). */
public enum ClosureMethod {
    BARRIER(false), STAFFED_CHECKPOINT(false), TRAFFIC_CONES(false), SIGNAGE(false), EARTH_PILING(true), ROAD_DIGGING(true);

    /** A hard-isolation method: refused. */
    public final boolean hardIsolation;

    ClosureMethod(boolean hardIsolation) {
        this.hardIsolation = hardIsolation;
    }
}
