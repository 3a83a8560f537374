package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** A reservation of stock for a recipient: ACTIVE, then DISPATCHED, or CANCELLED (stock back to available). */
public enum ReservationState implements Labelled {
    ACTIVE("有效"), DISPATCHED("已调运"), CANCELLED("已取消");

    private final String zh;

    ReservationState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
