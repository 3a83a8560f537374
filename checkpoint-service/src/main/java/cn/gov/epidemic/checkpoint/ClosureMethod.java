package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** How a road section is closed. Hard isolation (piling earth, digging up the road) is refused (Chifeng). */
public enum ClosureMethod implements Labelled {
    BARRIER(false, "设置路障"), STAFFED_CHECKPOINT(false, "设卡值守"), TRAFFIC_CONES(false, "摆放交通锥"), SIGNAGE(false, "设置警示标志"),
    EARTH_PILING(true, "堆土堵路"), ROAD_DIGGING(true, "挖断道路");

    /** A hard-isolation method: refused. */
    public final boolean hardIsolation;
    private final String zh;

    ClosureMethod(boolean hardIsolation, String zh) {
        this.hardIsolation = hardIsolation;
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
