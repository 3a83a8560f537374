package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** OPEN (checking), SUSPENDED (temporarily not staffed), CLOSED (the channel is closed). */
public enum CheckpointState implements Labelled {
    OPEN("开放查验"), SUSPENDED("暂停查验"), CLOSED("已关闭");

    private final String zh;

    CheckpointState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
