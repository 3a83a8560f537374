package cn.gov.epidemic.personnel;

/** Duty posts: party-member vanguard posts (党员先锋岗), persuasion stations (文明劝导站), checkpoint posts. */
public enum PostKind {
    VANGUARD_POST, PERSUASION_STATION, CHECKPOINT_POST, OTHER
}
