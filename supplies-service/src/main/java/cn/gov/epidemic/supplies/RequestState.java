package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** A request: OPEN, PARTIALLY_ALLOCATED, ALLOCATED (in full), or CANCELLED. */
public enum RequestState implements Labelled {
    OPEN("待分配"), PARTIALLY_ALLOCATED("部分分配"), ALLOCATED("已分配"), CANCELLED("已取消");

    private final String zh;

    RequestState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
