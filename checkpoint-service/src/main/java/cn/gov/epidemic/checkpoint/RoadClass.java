package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Administrative class of a road. Expressways and national/provincial trunk roads may not be closed (Chifeng). */
public enum RoadClass implements Labelled {
    EXPRESSWAY(true, "高速公路"), NATIONAL_TRUNK(true, "国道干线公路"), PROVINCIAL_TRUNK(true, "省道干线公路"), COUNTY_ROAD(false, "县道"),
    TOWNSHIP_ROAD(false, "乡道"), VILLAGE_ROAD(false, "村道"), URBAN_ROAD(false, "城市道路");

    /** True when closing or interrupting it is refused. */
    public final boolean protectedFromClosure;
    private final String zh;

    RoadClass(boolean protectedFromClosure, String zh) {
        this.protectedFromClosure = protectedFromClosure;
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
