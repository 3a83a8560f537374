package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/**
 * The three key-person categories screened since 13 January 2020 (from Wuhan, from elsewhere in Hubei, from other
 * provinces), and travellers found with a fever at a road checkpoint (opened from checkpoint-service's referral).
 */
public enum KeyPersonCategory implements Labelled {
    FROM_WUHAN("武汉来返人员"),
    FROM_HUBEI_OTHER("湖北省其他地区来返人员"),
    FROM_OTHER_PROVINCE("其他省份来返人员"),
    FEVER_AT_CHECKPOINT("卡点发现的发热人员");

    private final String zh;

    KeyPersonCategory(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
