package cn.gov.epidemic.personnel;

/** Team kinds of the source: shock, guard, special and volunteer service teams, spearhead squads, vanguard teams. */
public enum TeamKind {
    SHOCK_TEAM, GUARD_TEAM, SPECIAL_TEAM, VOLUNTEER_SERVICE_TEAM, SPEARHEAD_SQUAD, VANGUARD_TEAM
}
