package cn.gov.epidemic.personnel;

/** What a deployed person is: police officer, prosecutor, judge, grid worker, medical staff ... */
public enum PersonCategory {
    POLICE_OFFICER, PROSECUTOR, JUDGE, JUSTICE_OFFICIAL, LAW_ENFORCEMENT_OFFICER, GRID_WORKER, MEDICAL_STAFF, VILLAGE_CADRE, PARTY_MEMBER_VOLUNTEER, CDC_EXPERT
}
