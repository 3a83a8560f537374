package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** An allocation plan: PROPOSED, then APPROVED (turned into reservations) or REJECTED. */
public enum PlanState implements Labelled {
    PROPOSED("待审批"), APPROVED("已批准"), REJECTED("已驳回");

    private final String zh;

    PlanState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
