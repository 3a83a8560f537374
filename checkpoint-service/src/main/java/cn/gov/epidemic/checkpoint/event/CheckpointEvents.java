package cn.gov.epidemic.checkpoint.event;

import cn.gov.epidemic.checkpoint.api.CheckpointApi.CheckpointView;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.StaffingChange;
import cn.gov.epidemic.checkpoint.api.ClosureApi.ClosureView;
import cn.gov.epidemic.checkpoint.api.InspectionApi.InspectionView;
import cn.gov.epidemic.checkpoint.api.InspectionApi.ReferralView;
import cn.gov.epidemic.checkpoint.api.PassApi.DispatchPassRefusal;
import cn.gov.epidemic.checkpoint.api.PassApi.KeyView;
import cn.gov.epidemic.checkpoint.api.PassApi.PassView;
import cn.gov.epidemic.kit.events.Aggregate;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.events.EventType;

/**
 * The event types this service publishes (subject and key = the aggregate id). Payloads are the API's response
 * records: ID-card and phone numbers masked, never in clear; the one exception, referral.opened's phone, is only
 * sealed for personnel-service ({@link ReferralOpened}).
 */
public final class CheckpointEvents {

    public static final EventSource SOURCE = EventSource.of("checkpoint-service", "checkpoint.events", "/checkpoint-service",
            "cn.gov.epidemic.checkpoint", "Every change of checkpoint-service: road checkpoints, road closures, pass-signing keys, "
                    + "vehicle passes, inspections, fever referrals and checkpoint staffing.");

    private static final Aggregate CHECKPOINT = SOURCE.aggregate("checkpoint");
    private static final Aggregate CLOSURE = SOURCE.aggregate("closure");
    private static final Aggregate PASS_KEY = SOURCE.aggregate("pass-key");
    private static final Aggregate PASS = SOURCE.aggregate("pass");
    /** pass.dispatch-refused is about the supplies dispatch (its id is the key): no pass exists. */
    private static final Aggregate DISPATCH = SOURCE.aggregate("dispatch");
    private static final Aggregate INSPECTION = SOURCE.aggregate("inspection");
    private static final Aggregate REFERRAL = SOURCE.aggregate("referral");

    public static final EventType<CheckpointView> CHECKPOINT_REGISTERED = CHECKPOINT.event("checkpoint.registered", CheckpointView.class,
            "Road checkpoint registered");
    public static final EventType<CheckpointView> CHECKPOINT_STATE_CHANGED = CHECKPOINT.event("checkpoint.state-changed", CheckpointView.class,
            "Checkpoint OPEN, SUSPENDED or CLOSED, with the reason");
    public static final EventType<ClosureView> CLOSURE_REQUESTED = CLOSURE.event("closure.requested", ClosureView.class,
            "Road-closure requested");
    public static final EventType<ClosureView> CLOSURE_APPROVED = CLOSURE.event("closure.approved", ClosureView.class,
            "Road-closure approved (in effect once its detour is published too)");
    public static final EventType<ClosureView> CLOSURE_REJECTED = CLOSURE.event("closure.rejected", ClosureView.class,
            "Road-closure rejected");
    public static final EventType<ClosureView> CLOSURE_DETOUR_PUBLISHED = CLOSURE.event("closure.detour-published", ClosureView.class,
            "Detour of a road-closure published (before or after the approval)");
    public static final EventType<ClosureView> CLOSURE_IN_EFFECT = CLOSURE.event("closure.in-effect", ClosureView.class,
            "Approved and detour published: the road section is closed from now (or from the period start)");
    public static final EventType<ClosureView> CLOSURE_LIFTED = CLOSURE.event("closure.lifted", ClosureView.class,
            "Road-closure lifted: the road is open again");
    public static final EventType<KeyView> PASS_KEY_CREATED = PASS_KEY.event("pass-key.created", KeyView.class,
            "New Ed25519 pass-signing public key published (verifiers fetch it to check pass codes offline)");
    public static final EventType<PassView> PASS_ISSUED = PASS.event("pass.issued", PassView.class,
            "Vehicle pass issued, by hand or (flow 1) for a supplies dispatch (dispatchId set)");
    public static final EventType<PassView> PASS_REVOKED = PASS.event("pass.revoked", PassView.class,
            "Pass revoked by the issuing body or (flow 1) because its dispatch was cancelled");
    public static final EventType<PassView> PASS_USED = PASS.event("pass.used", PassView.class,
            "Arrival recorded, or (flow 1) the dispatch delivered: a one-trip pass is void");
    public static final EventType<DispatchPassRefusal> PASS_DISPATCH_REFUSED = DISPATCH.event("pass.dispatch-refused", DispatchPassRefusal.class,
            "Flow 1: a supplies dispatch got no green-lane pass because a rule refused it");
    public static final EventType<InspectionView> INSPECTION_RECORDED = INSPECTION.event("inspection.recorded", InspectionView.class,
            "Vehicle inspected with its occupants' temperatures and the outcome (masked)");
    public static final EventType<ReferralOpened> REFERRAL_OPENED = REFERRAL.event("referral.opened", ReferralOpened.class,
            "Flow 3: an occupant had a fever, detection-and-transfer opened (masked; the phone sealed for personnel-service)");
    public static final EventType<ReferralView> REFERRAL_TRANSFER_STARTED = REFERRAL.event("referral.transfer-started", ReferralView.class,
            "Person with a fever on the way to the designated hospital (masked)");
    public static final EventType<ReferralView> REFERRAL_HANDED_OVER = REFERRAL.event("referral.handed-over", ReferralView.class,
            "Person with a fever handed over at the designated hospital (masked)");
    /** Keyed by the checkpoint: its staffing changes in order. */
    public static final EventType<StaffingChange> STAFFING_CHANGED = CHECKPOINT.event("staffing.changed", StaffingChange.class,
            "Flow 2: a deployed person came on duty at the checkpoint or left it");

    private CheckpointEvents() {
    }
}
