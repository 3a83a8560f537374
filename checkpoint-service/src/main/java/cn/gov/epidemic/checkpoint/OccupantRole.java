package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Driver or passenger. */
public enum OccupantRole implements Labelled {
    DRIVER("驾驶人"), PASSENGER("乘车人");

    private final String zh;

    OccupantRole(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
