package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Life of a deployment: PLANNED, then ACTIVE, then RELIEVED; PLANNED or ACTIVE may be CANCELLED. */
public enum DeploymentState implements Labelled {
    PLANNED("已计划"),
    ACTIVE("在岗"),
    RELIEVED("已撤回"),
    CANCELLED("已取消");

    private final String zh;

    DeploymentState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
