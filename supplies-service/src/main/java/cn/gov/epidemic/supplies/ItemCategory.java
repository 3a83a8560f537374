package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Kinds of supplies in the catalogue. */
public enum ItemCategory implements Labelled {
    PROTECTIVE_CLOTHING("防护服"), MASK("医用口罩"), RESPIRATOR("医用防护口罩"), EYE_PROTECTION("护目镜及防护面屏"), GLOVES("医用手套"), THERMOMETER("测温设备"), DISINFECTANT("消毒用品"), TEST_KIT("检测试剂"), OTHER("其他");

    private final String zh;

    ItemCategory(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
