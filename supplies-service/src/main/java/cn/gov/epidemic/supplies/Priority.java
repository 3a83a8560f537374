package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/**
 * Priority tier of a request, highest first: designated fever hospitals, then front-line clinics and fever
 * outpatient departments, then everyone else (checkpoints, communities, reserve). Scarce stock goes tier by tier.
 */
public enum Priority implements Labelled {
    DESIGNATED_FEVER_HOSPITAL(1, "定点救治医院"), FRONTLINE_CLINIC(2, "一线诊所及发热门诊"), OTHER(3, "其他");

    public final int tier;
    private final String zh;

    Priority(int tier, String zh) {
        this.tier = tier;
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
