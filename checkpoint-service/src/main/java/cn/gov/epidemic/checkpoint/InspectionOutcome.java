package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** PASSED, TURNED_BACK (persuaded to return, or a pass refused), REFERRED (a fever: detection-and-transfer procedure). */
public enum InspectionOutcome implements Labelled {
    PASSED("已放行"), TURNED_BACK("已劝返"), REFERRED("已转送");

    private final String zh;

    InspectionOutcome(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
