package cn.gov.epidemic.personnel;

/** Kinds of units people are sent from (政法委, 公安, 检察院, 法院, 司法局, 综合行政执法局 ...). */
public enum UnitKind {
    POLITICAL_LEGAL_COMMITTEE, PUBLIC_SECURITY, PROCURATORATE, COURT, JUSTICE_BUREAU, LAW_ENFORCEMENT_BUREAU, HEALTH_COMMISSION, CDC, PARTY_ORGANISATION, GOVERNMENT_OFFICE, OTHER
}
