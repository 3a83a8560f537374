package cn.gov.epidemic.checkpoint.event;

/**
 * The event types this service publishes on topic {@code checkpoint.events} (CloudEvents type =
 * {@code cn.gov.epidemic.checkpoint.} + the constant, subject and key = the aggregate id). Payloads are the API's
 * response records of the named OpenAPI schema ("data X", checked by the build's event catalogue, docs/events.md):
 * ID-card and phone numbers masked, never in clear; the one exception, referral.opened's phone, is only sealed for
 * personnel-service ({@link ReferralOpened}).
 */
public final class CheckpointEvents {

    /** Road checkpoint registered; data Checkpoint. */
    public static final String CHECKPOINT_REGISTERED = "checkpoint.registered";
    /** Checkpoint OPEN, SUSPENDED or CLOSED, with the reason; data Checkpoint. */
    public static final String CHECKPOINT_STATE_CHANGED = "checkpoint.state-changed";
    /** Road-closure requested; data RoadClosure. */
    public static final String CLOSURE_REQUESTED = "closure.requested";
    /** Road-closure approved (in effect once its detour is published too); data RoadClosure. */
    public static final String CLOSURE_APPROVED = "closure.approved";
    /** Road-closure rejected; data RoadClosure. */
    public static final String CLOSURE_REJECTED = "closure.rejected";
    /** Detour of a road-closure published (before or after the approval); data RoadClosure. */
    public static final String CLOSURE_DETOUR_PUBLISHED = "closure.detour-published";
    /** Approved and detour published: the road section is closed from now (or from the period start); data RoadClosure. */
    public static final String CLOSURE_IN_EFFECT = "closure.in-effect";
    /** Road-closure lifted: the road is open again; data RoadClosure. */
    public static final String CLOSURE_LIFTED = "closure.lifted";
    /** New Ed25519 pass-signing public key published (verifiers fetch it to check pass codes offline); data PassKey. */
    public static final String PASS_KEY_CREATED = "pass-key.created";
    /** Vehicle pass issued, by hand or (flow 1) for a supplies dispatch (dispatchId set); data Pass. */
    public static final String PASS_ISSUED = "pass.issued";
    /** Pass revoked by the issuing body or (flow 1) because its dispatch was cancelled; data Pass. */
    public static final String PASS_REVOKED = "pass.revoked";
    /** Arrival recorded, or (flow 1) the dispatch delivered: a one-trip pass is void; data Pass. */
    public static final String PASS_USED = "pass.used";
    /** Flow 1: a supplies dispatch got no green-lane pass because a rule refused it; data DispatchPassRefusal. */
    public static final String PASS_DISPATCH_REFUSED = "pass.dispatch-refused";
    /** Vehicle inspected with its occupants' temperatures and the outcome (masked); data Inspection. */
    public static final String INSPECTION_RECORDED = "inspection.recorded";
    /** Flow 3: an occupant had a fever, detection-and-transfer opened (masked; the phone sealed for personnel-service); data ReferralOpened. */
    public static final String REFERRAL_OPENED = "referral.opened";
    /** Person with a fever on the way to the designated hospital (masked); data Referral. */
    public static final String REFERRAL_TRANSFER_STARTED = "referral.transfer-started";
    /** Person with a fever handed over at the designated hospital (masked); data Referral. */
    public static final String REFERRAL_HANDED_OVER = "referral.handed-over";
    /** Flow 2: a deployed person came on duty at the checkpoint or left it; data StaffingChange. */
    public static final String STAFFING_CHANGED = "staffing.changed";

    private CheckpointEvents() {
    }
}
