package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** The kind of vehicle checked. */
public enum VehicleKind implements Labelled {
    PRIVATE_CAR("私家车"), TRUCK("货车"), COLD_CHAIN_TRUCK("冷链运输车"), BUS("客车"), VAN("面包车"), AMBULANCE("救护车"), MOTORCYCLE("摩托车"), OTHER("其他车辆");

    private final String zh;

    VehicleKind(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
