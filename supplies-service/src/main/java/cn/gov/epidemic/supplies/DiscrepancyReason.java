package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Why a received quantity differs from the shipped one: DAMAGED or SHORT (fewer), EXCESS (more). */
public enum DiscrepancyReason implements Labelled {
    DAMAGED("破损"), SHORT("短少"), EXCESS("溢余");

    private final String zh;

    DiscrepancyReason(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
