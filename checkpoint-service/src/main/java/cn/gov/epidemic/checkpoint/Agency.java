package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** The agencies on duty at a checkpoint (Tongliao: transport, traffic police and health staff together). */
public enum Agency implements Labelled {
    TRANSPORT("交通运输部门"), TRAFFIC_POLICE("公安交警部门"), HEALTH("卫生健康部门");

    private final String zh;

    Agency(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
