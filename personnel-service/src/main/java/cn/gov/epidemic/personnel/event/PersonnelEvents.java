package cn.gov.epidemic.personnel.event;

/**
 * The event types this service publishes on topic {@code personnel.events} (CloudEvents type =
 * {@code cn.gov.epidemic.personnel.} + the constant). Payloads are the API's response records with personal data
 * masked: events never carry an unmasked ID-card number, phone number or health datum.
 */
public final class PersonnelEvents {

    public static final String DIVISION_REGISTERED = "division.registered";
    public static final String UNIT_REGISTERED = "unit.registered";
    public static final String PERSON_REGISTERED = "person.registered";
    public static final String PERSON_UPDATED = "person.updated";
    public static final String PLAN_CREATED = "plan.created";
    public static final String DEPLOYMENT_PLANNED = "deployment.planned";
    public static final String DEPLOYMENT_ACTIVATED = "deployment.activated";
    public static final String DEPLOYMENT_RELIEVED = "deployment.relieved";
    public static final String DEPLOYMENT_CANCELLED = "deployment.cancelled";
    public static final String TEAM_CREATED = "team.created";
    public static final String TEAM_MEMBER_ADDED = "team.member-added";
    public static final String TEAM_MEMBER_REMOVED = "team.member-removed";
    public static final String POST_CREATED = "post.created";
    public static final String SHIFT_SCHEDULED = "shift.scheduled";
    public static final String SCREENING_VISIT_RECORDED = "screening.visit-recorded";
    public static final String OBSERVATION_STARTED = "observation.started";
    public static final String OBSERVATION_PERIOD_CHANGED = "observation.period-changed";
    public static final String FOLLOW_UP_RECORDED = "observation.follow-up-recorded";
    public static final String OBSERVATION_RELEASED = "observation.released";
    public static final String OBSERVATION_REFERRED = "observation.referred";

    private PersonnelEvents() {
    }
}
