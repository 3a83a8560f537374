package cn.gov.epidemic.personnel;

/** What a household screening visit found. */
public enum ScreeningOutcome {
    NO_RISK, KEY_PERSON_FOUND, SYMPTOMS_FOUND, NOBODY_HOME
}
