package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Where a person is sent: an administrative division (village, community) or a road checkpoint. */
public enum DestinationType implements Labelled {
    DIVISION("行政区划(嘎查村、社区)"),
    CHECKPOINT("检查卡点");

    private final String zh;

    DestinationType(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
