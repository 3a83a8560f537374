package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** A dispatch: PLANNED, DEPARTED (needs the emergency-transport pass), DELIVERED; PLANNED may be CANCELLED. */
public enum DispatchState implements Labelled {
    PLANNED("已计划"), DEPARTED("已发车"), DELIVERED("已送达"), CANCELLED("已取消");

    private final String zh;

    DispatchState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
