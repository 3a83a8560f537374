package cn.gov.epidemic.personnel;

/** Where a person is sent: an administrative division (village, community) or a road checkpoint. */
public enum DestinationType {
    DIVISION, CHECKPOINT
}
