package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** Who asks for or receives supplies: a banner/county/district, a hospital, an organisation (a Red Cross society). */
public enum RecipientKind implements Labelled {
    DIVISION("旗县区"), HOSPITAL("医院"), ORGANISATION("机构");

    private final String zh;

    RecipientKind(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
