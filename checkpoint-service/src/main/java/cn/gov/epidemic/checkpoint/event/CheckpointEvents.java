package cn.gov.epidemic.checkpoint.event;

/**
 * The event types this service publishes on topic {@code checkpoint.events} (CloudEvents type =
 * {@code cn.gov.epidemic.checkpoint.} + the constant, subject and key = the aggregate id). Payloads are the API's
 * response records: ID-card and phone numbers masked, never in clear.
 */
public final class CheckpointEvents {

    public static final String CHECKPOINT_REGISTERED = "checkpoint.registered";
    public static final String CHECKPOINT_STATE_CHANGED = "checkpoint.state-changed";
    public static final String CLOSURE_REQUESTED = "closure.requested";
    public static final String CLOSURE_APPROVED = "closure.approved";
    public static final String CLOSURE_REJECTED = "closure.rejected";
    public static final String CLOSURE_DETOUR_PUBLISHED = "closure.detour-published";
    /** Approved and detour published: the road section is closed from now (or from the period start). */
    public static final String CLOSURE_IN_EFFECT = "closure.in-effect";
    public static final String CLOSURE_LIFTED = "closure.lifted";
    public static final String PASS_KEY_CREATED = "pass-key.created";
    public static final String PASS_ISSUED = "pass.issued";
    public static final String PASS_REVOKED = "pass.revoked";
    /** Arrival recorded: a one-trip pass is void. */
    public static final String PASS_USED = "pass.used";
    /** Flow 1: a supplies dispatch got no green-lane pass because a rule refused it; data DispatchPassRefusal. */
    public static final String PASS_DISPATCH_REFUSED = "pass.dispatch-refused";
    public static final String INSPECTION_RECORDED = "inspection.recorded";
    public static final String REFERRAL_OPENED = "referral.opened";
    public static final String REFERRAL_TRANSFER_STARTED = "referral.transfer-started";
    public static final String REFERRAL_HANDED_OVER = "referral.handed-over";
    public static final String STAFFING_CHANGED = "staffing.changed";

    private CheckpointEvents() {
    }
}
