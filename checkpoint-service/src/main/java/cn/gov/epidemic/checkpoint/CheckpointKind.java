package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** What a checkpoint controls: expressway exits, national/provincial trunk roads, county road entrances, toll stations, airports, railway stations, and the city ring-road exits of Chifeng. */
public enum CheckpointKind implements Labelled {
    EXPRESSWAY_EXIT("高速公路出口"), TRUNK_ROAD("国省干线公路"), COUNTY_ROAD_ENTRANCE("县乡道路出入口"), TOLL_STATION("收费站"), AIRPORT("机场"), RAILWAY_STATION("火车站"), CITY_RING_ROAD_EXIT("城区环城道路出入口");

    private final String zh;

    CheckpointKind(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
