package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** What a household screening visit found. */
public enum ScreeningOutcome implements Labelled {
    NO_RISK("未发现风险"),
    KEY_PERSON_FOUND("发现重点人员"),
    SYMPTOMS_FOUND("发现有症状人员"),
    NOBODY_HOME("家中无人");

    private final String zh;

    ScreeningOutcome(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
