package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** A donation of money or of goods. */
public enum DonationKind implements Labelled {
    MONEY("捐赠资金"), GOODS("捐赠物资");

    private final String zh;

    DonationKind(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
