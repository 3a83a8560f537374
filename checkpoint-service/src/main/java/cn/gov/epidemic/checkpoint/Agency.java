package cn.gov.epidemic.checkpoint;

/** The agencies on duty at a checkpoint (Tongliao: transport, traffic police and health staff together). */
public enum Agency {
    TRANSPORT, TRAFFIC_POLICE, HEALTH
}
