package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Team kinds of the source: shock, guard, special and volunteer service teams, spearhead squads, vanguard teams. */
public enum TeamKind implements Labelled {
    SHOCK_TEAM("突击队"),
    GUARD_TEAM("守护队"),
    SPECIAL_TEAM("特遣队"),
    VOLUNTEER_SERVICE_TEAM("志愿服务队"),
    SPEARHEAD_SQUAD("尖刀班"),
    VANGUARD_TEAM("先锋队");

    private final String zh;

    TeamKind(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
