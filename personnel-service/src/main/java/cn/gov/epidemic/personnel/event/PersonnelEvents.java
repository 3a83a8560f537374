package cn.gov.epidemic.personnel.event;

/**
 * The event types this service publishes on topic {@code personnel.events} (CloudEvents type =
 * {@code cn.gov.epidemic.personnel.} + the constant, key and subject = the aggregate id). Payloads are the API's
 * response records of the named OpenAPI schema ("data X", checked by the build's event catalogue, docs/events.md)
 * with personal data masked: events never carry an unmasked ID-card number, phone number or health datum.
 */
public final class PersonnelEvents {

    /** Administrative division (league/city to village/community) registered; data Division. */
    public static final String DIVISION_REGISTERED = "division.registered";
    /** Unit that people are sent from registered; data Unit. */
    public static final String UNIT_REGISTERED = "unit.registered";
    /** Person who can be deployed registered (ID-card and phone masked); data Person. */
    public static final String PERSON_REGISTERED = "person.registered";
    /** Person's details replaced (PUT; ID-card and phone masked); data Person. */
    public static final String PERSON_UPDATED = "person.updated";
    /** Deployment plan created with its target and per-unit quotas; data Plan. */
    public static final String PLAN_CREATED = "plan.created";
    /** Deployment planned: a person to be sent to a village/community or a checkpoint; data Deployment. */
    public static final String DEPLOYMENT_PLANNED = "deployment.planned";
    /** Flow 2: deployment ACTIVE, the person is on duty at the destination (checkpoint staffing); data Deployment. */
    public static final String DEPLOYMENT_ACTIVATED = "deployment.activated";
    /** Flow 2: deployment RELIEVED, the person is off duty; data Deployment. */
    public static final String DEPLOYMENT_RELIEVED = "deployment.relieved";
    /** Flow 2: deployment CANCELLED (from PLANNED or ACTIVE), the person is off duty; data Deployment. */
    public static final String DEPLOYMENT_CANCELLED = "deployment.cancelled";
    /** Team (shock, guard, volunteer service team ...) created; data Team. */
    public static final String TEAM_CREATED = "team.created";
    /** Person joined a team; data TeamMembershipChange. */
    public static final String TEAM_MEMBER_ADDED = "team.member-added";
    /** Person left a team; data TeamMembershipChange. */
    public static final String TEAM_MEMBER_REMOVED = "team.member-removed";
    /** Duty post (vanguard post, persuasion station, checkpoint post) created; data DutyPost. */
    public static final String POST_CREATED = "post.created";
    /** Shift of a person or a team scheduled at a duty post; data Shift. */
    public static final String SHIFT_SCHEDULED = "shift.scheduled";
    /** Household screening visit recorded by a grid worker; data ScreeningVisit. */
    public static final String SCREENING_VISIT_RECORDED = "screening.visit-recorded";
    /** Key person placed under home observation, by hand or (flow 3) from a fever referral (masked); data KeyPerson. */
    public static final String OBSERVATION_STARTED = "observation.started";
    /** Flow 3: the officers following an observation opened from a referral changed (one arrived in or left the division); data KeyPerson. */
    public static final String OBSERVATION_ASSIGNMENT_CHANGED = "observation.assignment-changed";
    /** Observation period extended or shortened, with the reason; data ObservationChange. */
    public static final String OBSERVATION_PERIOD_CHANGED = "observation.period-changed";
    /** Daily follow-up of a key person recorded (health data masked); data FollowUp. */
    public static final String FOLLOW_UP_RECORDED = "observation.follow-up-recorded";
    /** Key person released after the full observation period (masked); data KeyPerson. */
    public static final String OBSERVATION_RELEASED = "observation.released";
    /** Key person referred to a designated hospital (masked); data KeyPerson. */
    public static final String OBSERVATION_REFERRED = "observation.referred";

    private PersonnelEvents() {
    }
}
