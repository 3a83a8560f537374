package cn.gov.epidemic.checkpoint;

/** What a checkpoint controls: expressway exits, national/provincial trunk roads, county road entrances, toll stations, airports, railway stations, and the city ring-road exits of Chifeng. */
public enum CheckpointKind {
    EXPRESSWAY_EXIT, TRUNK_ROAD, COUNTY_ROAD_ENTRANCE, TOLL_STATION, AIRPORT, RAILWAY_STATION, CITY_RING_ROAD_EXIT
}
