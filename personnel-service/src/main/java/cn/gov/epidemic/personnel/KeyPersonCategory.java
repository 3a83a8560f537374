package cn.gov.epidemic.personnel;

/**
 * The three key-person categories screened since 13 January 2020 (from Wuhan, from elsewhere in Hubei, from other
 * provinces), and travellers found with a fever at a road checkpoint (opened from checkpoint-service's referral).
 */
public enum KeyPersonCategory {
    FROM_WUHAN, FROM_HUBEI_OTHER, FROM_OTHER_PROVINCE, FEVER_AT_CHECKPOINT
}
