package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Home observation: under observation until released or referred to hospital. */
public enum ObservationState implements Labelled {
    UNDER_OBSERVATION("居家观察中"),
    RELEASED("已解除观察"),
    REFERRED("已转送定点医院");

    private final String zh;

    ObservationState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
