package cn.gov.epidemic.personnel;

/** Duties of a deployment (宣传, 摸排, 登记, 观察, 收治, 隔离, 安全保卫, 社会治安, 外来人员管理, 突发事件处置). */
public enum Duty {
    PUBLICITY, SCREENING, REGISTRATION, OBSERVATION, TREATMENT_SUPPORT, ISOLATION, SECURITY, PUBLIC_ORDER, MIGRANT_MANAGEMENT, INCIDENT_RESPONSE
}
