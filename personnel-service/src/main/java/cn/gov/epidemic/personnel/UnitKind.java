package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Kinds of units people are sent from (政法委, 公安, 检察院, 法院, 司法局, 综合行政执法局 ...). */
public enum UnitKind implements Labelled {
    POLITICAL_LEGAL_COMMITTEE("政法委"),
    PUBLIC_SECURITY("公安机关"),
    PROCURATORATE("人民检察院"),
    COURT("人民法院"),
    JUSTICE_BUREAU("司法局"),
    LAW_ENFORCEMENT_BUREAU("综合行政执法局"),
    HEALTH_COMMISSION("卫生健康委员会"),
    CDC("疾病预防控制中心"),
    PARTY_ORGANISATION("党组织"),
    GOVERNMENT_OFFICE("政府机关"),
    OTHER("其他");

    private final String zh;

    UnitKind(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
