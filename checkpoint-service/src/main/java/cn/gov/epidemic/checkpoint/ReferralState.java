package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Detection-and-transfer: DETECTED at the checkpoint, IN_TRANSFER to the designated hospital, HANDED_OVER there. */
public enum ReferralState implements Labelled {
    DETECTED("已发现"), IN_TRANSFER("转送中"), HANDED_OVER("已交接");

    private final String zh;

    ReferralState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
