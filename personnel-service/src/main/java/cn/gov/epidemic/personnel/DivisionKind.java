package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Kinds of administrative division, grouped in the four levels: league/city, banner/county/district, sumu/town/subdistrict, gacha/village/community. */
public enum DivisionKind implements Labelled {
    LEAGUE(1, "盟"), CITY(1, "市"),
    BANNER(2, "旗"), COUNTY(2, "县"), DISTRICT(2, "市辖区"),
    SUMU(3, "苏木"), TOWN(3, "镇"), SUBDISTRICT(3, "街道"),
    GACHA(4, "嘎查"), VILLAGE(4, "村"), COMMUNITY(4, "社区");

    /** 1 = league/city ... 4 = gacha/village/community. */
    public final int level;
    private final String zh;

    DivisionKind(int level, String zh) {
        this.level = level;
        this.zh = zh;
    }

    /** Villages and communities: where officers are sent and households screened. */
    public boolean isGrassroots() {
        return level == 4;
    }

    @Override
    public String zh() {
        return zh;
    }
}
