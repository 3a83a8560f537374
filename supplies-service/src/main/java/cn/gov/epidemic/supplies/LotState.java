package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** A lot arrives QUARANTINED; after the conformity check it is RELEASED (usable) or HELD (never allocated). */
public enum LotState implements Labelled {
    QUARANTINED("待检"), RELEASED("已放行"), HELD("已封存");

    private final String zh;

    LotState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
