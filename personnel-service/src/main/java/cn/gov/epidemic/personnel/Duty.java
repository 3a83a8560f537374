package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Duties of a deployment (宣传, 摸排, 登记, 观察, 收治, 隔离, 安全保卫, 社会治安, 外来人员管理, 突发事件处置). */
public enum Duty implements Labelled {
    PUBLICITY("宣传"),
    SCREENING("摸排"),
    REGISTRATION("登记"),
    OBSERVATION("观察"),
    TREATMENT_SUPPORT("收治"),
    ISOLATION("隔离"),
    SECURITY("安全保卫"),
    PUBLIC_ORDER("社会治安"),
    MIGRANT_MANAGEMENT("外来人员管理"),
    INCIDENT_RESPONSE("突发事件处置");

    private final String zh;

    Duty(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
