package cn.gov.epidemic.checkpoint;

/** Administrative class of a road. Expressways and national/provincial trunk roads may not be closed (Chifeng). */
public enum RoadClass {
    EXPRESSWAY(true), NATIONAL_TRUNK(true), PROVINCIAL_TRUNK(true), COUNTY_ROAD(false), TOWNSHIP_ROAD(false),
    VILLAGE_ROAD(false), URBAN_ROAD(false);

    /** True when closing or interrupting it is refused. */
    public final boolean protectedFromClosure;

    RoadClass(boolean protectedFromClosure) {
        this.protectedFromClosure = protectedFromClosure;
    }
}
