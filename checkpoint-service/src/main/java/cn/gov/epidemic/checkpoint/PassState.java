package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** ACTIVE, or void: REVOKED by the issuing body or USED (arrival recorded). */
public enum PassState implements Labelled {
    ACTIVE("有效"), REVOKED("已撤销"), USED("已使用");

    private final String zh;

    PassState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
