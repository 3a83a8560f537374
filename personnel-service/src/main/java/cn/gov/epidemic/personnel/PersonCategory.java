package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** What a deployed person is: police officer, prosecutor, judge, grid worker, medical staff ... */
public enum PersonCategory implements Labelled {
    POLICE_OFFICER("公安民警"),
    PROSECUTOR("检察官"),
    JUDGE("法官"),
    JUSTICE_OFFICIAL("政法干部"),
    LAW_ENFORCEMENT_OFFICER("综合行政执法人员"),
    GRID_WORKER("网格员"),
    MEDICAL_STAFF("医务人员"),
    VILLAGE_CADRE("村干部"),
    PARTY_MEMBER_VOLUNTEER("党员志愿者"),
    CDC_EXPERT("疾控专家");

    private final String zh;

    PersonCategory(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
