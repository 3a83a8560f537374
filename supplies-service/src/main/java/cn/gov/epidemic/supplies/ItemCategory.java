package cn.gov.epidemic.supplies;

/** Kinds of supplies in the catalogue. */
public enum ItemCategory {
    PROTECTIVE_CLOTHING, MASK, RESPIRATOR, EYE_PROTECTION, GLOVES, THERMOMETER, DISINFECTANT, TEST_KIT, OTHER
}
