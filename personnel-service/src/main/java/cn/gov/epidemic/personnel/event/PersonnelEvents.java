package cn.gov.epidemic.personnel.event;

import cn.gov.epidemic.kit.events.Aggregate;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.personnel.api.DeploymentApi.DeploymentView;
import cn.gov.epidemic.personnel.api.DivisionApi.DivisionView;
import cn.gov.epidemic.personnel.api.FieldApi.ChangeView;
import cn.gov.epidemic.personnel.api.FieldApi.FollowUpView;
import cn.gov.epidemic.personnel.api.FieldApi.KeyPersonView;
import cn.gov.epidemic.personnel.api.FieldApi.VisitView;
import cn.gov.epidemic.personnel.api.PersonApi.PersonView;
import cn.gov.epidemic.personnel.api.PlanApi.PlanView;
import cn.gov.epidemic.personnel.api.PostApi.PostView;
import cn.gov.epidemic.personnel.api.PostApi.ShiftView;
import cn.gov.epidemic.personnel.api.TeamApi.MembershipChange;
import cn.gov.epidemic.personnel.api.TeamApi.TeamView;
import cn.gov.epidemic.personnel.api.UnitApi.UnitView;

/**
 * The events this service publishes (kit typed declarations): payloads are the API's response records with personal
 * data masked; events never carry an unmasked ID-card number, phone number or health datum.
 */
public final class PersonnelEvents {

    public static final EventSource SOURCE = EventSource.of("personnel-service", "personnel.events", "/personnel-service",
            "cn.gov.epidemic.personnel", "Every change of personnel-service: divisions, source units, people, deployment plans, "
                    + "deployments (flow 2: checkpoint staffing), teams, duty posts and shifts, household screening and key-person "
                    + "observations (flow 3); personal data masked.");

    private static final Aggregate DIVISION = SOURCE.aggregate("division");
    private static final Aggregate UNIT = SOURCE.aggregate("unit");
    private static final Aggregate PERSON = SOURCE.aggregate("person");
    private static final Aggregate PLAN = SOURCE.aggregate("plan");
    private static final Aggregate DEPLOYMENT = SOURCE.aggregate("deployment");
    private static final Aggregate TEAM = SOURCE.aggregate("team");
    /** Duty posts and their shifts: a shift's events are keyed by its post. */
    private static final Aggregate POST = SOURCE.aggregate("post");
    private static final Aggregate SCREENING_VISIT = SOURCE.aggregate("screening-visit");
    private static final Aggregate KEY_PERSON = SOURCE.aggregate("key-person");

    public static final EventType<DivisionView> DIVISION_REGISTERED = DIVISION.event("division.registered", DivisionView.class,
            "Administrative division (league/city to village/community) registered");
    public static final EventType<UnitView> UNIT_REGISTERED = UNIT.event("unit.registered", UnitView.class,
            "Unit that people are sent from registered");
    public static final EventType<PersonView> PERSON_REGISTERED = PERSON.event("person.registered", PersonView.class,
            "Person who can be deployed registered (ID-card and phone masked)");
    public static final EventType<PersonView> PERSON_UPDATED = PERSON.event("person.updated", PersonView.class,
            "Person's details replaced (PUT; ID-card and phone masked)");
    public static final EventType<PlanView> PLAN_CREATED = PLAN.event("plan.created", PlanView.class,
            "Deployment plan created with its target and per-unit quotas");
    public static final EventType<DeploymentView> DEPLOYMENT_PLANNED = DEPLOYMENT.event("deployment.planned", DeploymentView.class,
            "Deployment planned: a person to be sent to a village/community or a checkpoint");
    public static final EventType<DeploymentView> DEPLOYMENT_ACTIVATED = DEPLOYMENT.event("deployment.activated", DeploymentView.class,
            "Flow 2: deployment ACTIVE, the person is on duty at the destination (checkpoint staffing)");
    public static final EventType<DeploymentView> DEPLOYMENT_RELIEVED = DEPLOYMENT.event("deployment.relieved", DeploymentView.class,
            "Flow 2: deployment RELIEVED, the person is off duty");
    public static final EventType<DeploymentView> DEPLOYMENT_CANCELLED = DEPLOYMENT.event("deployment.cancelled", DeploymentView.class,
            "Flow 2: deployment CANCELLED (from PLANNED or ACTIVE), the person is off duty");
    public static final EventType<TeamView> TEAM_CREATED = TEAM.event("team.created", TeamView.class,
            "Team (shock, guard, volunteer service team ...) created");
    public static final EventType<MembershipChange> TEAM_MEMBER_ADDED = TEAM.event("team.member-added", MembershipChange.class,
            "Person joined a team");
    public static final EventType<MembershipChange> TEAM_MEMBER_REMOVED = TEAM.event("team.member-removed", MembershipChange.class,
            "Person left a team");
    public static final EventType<PostView> POST_CREATED = POST.event("post.created", PostView.class,
            "Duty post (vanguard post, persuasion station, checkpoint post) created");
    public static final EventType<ShiftView> SHIFT_SCHEDULED = POST.event("shift.scheduled", ShiftView.class,
            "Shift of a person or a team scheduled at a duty post");
    public static final EventType<VisitView> SCREENING_VISIT_RECORDED = SCREENING_VISIT.event("screening.visit-recorded", VisitView.class,
            "Household screening visit recorded by a grid worker");
    public static final EventType<KeyPersonView> OBSERVATION_STARTED = KEY_PERSON.event("observation.started", KeyPersonView.class,
            "Key person placed under home observation, by hand or (flow 3) from a fever referral (masked)");
    public static final EventType<KeyPersonView> OBSERVATION_ASSIGNMENT_CHANGED = KEY_PERSON.event("observation.assignment-changed", KeyPersonView.class,
            "Flow 3: the officers following an observation opened from a referral changed (one arrived in or left the division)");
    public static final EventType<ChangeView> OBSERVATION_PERIOD_CHANGED = KEY_PERSON.event("observation.period-changed", ChangeView.class,
            "Observation period extended or shortened, with the reason");
    public static final EventType<FollowUpView> FOLLOW_UP_RECORDED = KEY_PERSON.event("observation.follow-up-recorded", FollowUpView.class,
            "Daily follow-up of a key person recorded (health data masked)");
    public static final EventType<KeyPersonView> OBSERVATION_RELEASED = KEY_PERSON.event("observation.released", KeyPersonView.class,
            "Key person released after the full observation period (masked)");
    public static final EventType<KeyPersonView> OBSERVATION_REFERRED = KEY_PERSON.event("observation.referred", KeyPersonView.class,
            "Key person referred to a designated hospital (masked)");

    private PersonnelEvents() {
    }
}
