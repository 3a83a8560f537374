package cn.gov.epidemic.personnel;

/** Kinds of administrative division, grouped in the four levels: league/city, banner/county/district, sumu/town/subdistrict, gacha/village/community. */
public enum DivisionKind {
    LEAGUE(1), CITY(1),
    BANNER(2), COUNTY(2), DISTRICT(2),
    SUMU(3), TOWN(3), SUBDISTRICT(3),
    GACHA(4), VILLAGE(4), COMMUNITY(4);

    /** 1 = league/city ... 4 = gacha/village/community. */
    public final int level;

    DivisionKind(int level) {
        this.level = level;
    }

    /** Villages and communities: where officers are sent and households screened. */
    public boolean isGrassroots() {
        return level == 4;
    }
}
