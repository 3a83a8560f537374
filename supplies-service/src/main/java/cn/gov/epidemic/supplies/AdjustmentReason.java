package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Why stock was adjusted by hand. */
public enum AdjustmentReason implements Labelled {
    DAMAGED("破损"), LOST("丢失"), FOUND("盘盈"), COUNT_CORRECTION("盘点更正"), EXPIRED_DISPOSAL("过期销毁"), SAMPLE_TESTING("抽样检验");

    private final String zh;

    AdjustmentReason(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
