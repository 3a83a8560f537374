package cn.gov.epidemic.kitweb.security;

/**
 * Every role of the suite (JWT {@code groups}), in one place: the gateway grants them, every service checks them.
 * See DESIGN.md, "Security model".
 */
public final class Roles {

    public static final String PERSONNEL_READ = "personnel:read";
    public static final String PERSONNEL_WRITE = "personnel:write";
    /** Unmasked ID-card and phone numbers and health data; each such read is audited. Not implied by admin. */
    public static final String PERSONNEL_PII = "personnel:pii";
    public static final String SUPPLIES_READ = "supplies:read";
    public static final String SUPPLIES_WRITE = "supplies:write";
    public static final String SUPPLIES_ALLOCATE = "supplies:allocate";
    public static final String CHECKPOINT_READ = "checkpoint:read";
    public static final String CHECKPOINT_INSPECT = "checkpoint:inspect";
    public static final String PASS_ISSUE = "pass:issue";
    public static final String CLOSURE_APPROVE = "closure:approve";
    public static final String ADMIN = "admin";

    /** Every role, in this order. */
    public static final java.util.List<String> ALL = java.util.List.of(PERSONNEL_READ, PERSONNEL_WRITE, PERSONNEL_PII,
            SUPPLIES_READ, SUPPLIES_WRITE, SUPPLIES_ALLOCATE, CHECKPOINT_READ, CHECKPOINT_INSPECT, PASS_ISSUE,
            CLOSURE_APPROVE, ADMIN);

    private Roles() {
    }
}
