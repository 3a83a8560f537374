package cn.gov.epidemic.supplies;

/** Who asks for or receives supplies: a banner/county/district, a hospital, an organisation (a Red Cross society). */
public enum RecipientKind {
    DIVISION, HOSPITAL, ORGANISATION
}
