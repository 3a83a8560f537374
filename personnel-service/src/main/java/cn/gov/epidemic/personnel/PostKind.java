package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Duty posts: party-member vanguard posts (党员先锋岗), persuasion stations (文明劝导站), checkpoint posts. */
public enum PostKind implements Labelled {
    VANGUARD_POST("党员先锋岗"),
    PERSUASION_STATION("文明劝导站"),
    CHECKPOINT_POST("卡点执勤岗"),
    OTHER("其他");

    private final String zh;

    PostKind(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
