package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ResourceNotFoundException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.personnel.Deployment;
import cn.gov.epidemic.personnel.DeploymentPlan;
import cn.gov.epidemic.personnel.DeploymentState;
import cn.gov.epidemic.personnel.DestinationType;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.api.DeploymentApi.DeploymentView;
import cn.gov.epidemic.personnel.api.DeploymentApi.NewDeployment;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Deployments and their life cycle. "At most one active deployment per person" is checked here for a clear
 * answer and enforced by a partial unique index, so that two concurrent activations cannot both succeed.
 */
@ApplicationScoped
public class DeploymentService {

    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "activatedAt", "activatedAt",
            "state", "state", "divisionCode", "divisionCode");
    private static final String ONE_ACTIVE_INDEX = "deployment_one_active_per_person";

    @Inject
    ObservationAssignments observations;
    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;
    @Inject
    PersonnelConfig config;

    @Transactional
    public DeploymentView create(@NotNull @Valid NewDeployment in) {
        Person person = Lookups.personField("personId", in.personId());
        Deployment d = newDeployment(in, "", code -> Division.findById(code), id -> DeploymentPlan.findById(id) != null);
        d.persist();
        outbox.publish(PersonnelEvents.DEPLOYMENT_PLANNED, d.id, Views.deployment(d, person.name));
        if (Boolean.TRUE.equals(in.activateNow())) {
            activate(d, person);
        }
        flushGuarded(d.personId);
        // after the guarded flush: the one-active-deployment race must surface as the 409 above, not in here
        if (d.state == DeploymentState.ACTIVE) observations.officerArrived(d);
        audit.record("CREATE", "deployment", d.id, d.state.name());
        return Views.deployment(d, person.name);
    }

    /**
     * The rules of a new deployment (its plan, its destination) and the PLANNED deployment they allow, not yet
     * persisted, with the lookups given: a single request's from the database, a bulk import's from what it read for
     * all its rows at once ({@code field} prefixes the fields named).
     */
    Deployment newDeployment(NewDeployment in, String field, Function<String, Division> divisions, Predicate<UUID> planExists) {
        if (in.planId() != null && !planExists.test(in.planId())) {
            throw ProblemException.validation(field + "planId", Text.of("no plan with this id", "不存在此标识的部署计划"));
        }
        Deployment d = new Deployment();
        d.id = UUID.randomUUID();
        d.personId = in.personId();
        d.planId = in.planId();
        d.destinationType = in.destinationType();
        if (in.destinationType() == DestinationType.DIVISION) {
            if (in.divisionCode() == null) throw ProblemException.validation(field + "divisionCode", Text.of("is required for a DIVISION destination", "派驻地为 DIVISION 时必填"));
            if (in.checkpointId() != null) throw ProblemException.validation(field + "checkpointId", Text.of("must be absent for a DIVISION destination", "派驻地为 DIVISION 时不得填写"));
            Division div = Lookups.divisionField(field + "divisionCode", in.divisionCode(), divisions);
            if (div.kind.level < 3) {
                throw ProblemException.rule(ServiceProblem.DESTINATION_NOT_GRASSROOTS, Text.format(
                        "People are deployed to a sumu/town/subdistrict or a gacha/village/community; %s is a %s.",
                        "人员派驻到苏木/乡镇/街道或嘎查/村/社区；%s 的级别是 %s。", div.code, div.kind));
            }
            d.divisionCode = div.code;
        } else {
            if (in.checkpointId() == null) throw ProblemException.validation(field + "checkpointId", Text.of("is required for a CHECKPOINT destination", "派驻地为 CHECKPOINT 时必填"));
            if (in.divisionCode() != null) Lookups.divisionField(field + "divisionCode", in.divisionCode(), divisions);
            d.checkpointId = in.checkpointId();
            d.divisionCode = in.divisionCode();
        }
        d.workGroup = in.workGroup();
        d.duties = EnumSet.copyOf(in.duties());
        d.state = DeploymentState.PLANNED;
        d.plannedStart = in.plannedStart();
        d.createdAt = config.now();
        return d;
    }

    @Transactional
    public DeploymentView activate(@NotNull UUID id, Long expectedVersion) {
        Deployment d = deployment(id);
        ETags.check(expectedVersion, d.version);
        Person person = Person.findById(d.personId);
        activate(d, person);
        flushGuarded(d.personId);
        observations.officerArrived(d);
        audit.record("ACTIVATE", "deployment", d.id, null);
        return Views.deployment(d, person.name);
    }

    private void activate(Deployment d, Person person) {
        if (d.state == DeploymentState.PLANNED
                && Deployment.count("personId = ?1 and state = ?2 and id <> ?3", d.personId, DeploymentState.ACTIVE, d.id) > 0) {
            throw alreadyDeployed(d.personId);
        }
        d.activate(config.now());
        outbox.publish(PersonnelEvents.DEPLOYMENT_ACTIVATED, d.id, Views.deployment(d, person.name));
    }

    @Transactional
    public DeploymentView relieve(@NotNull UUID id, Long expectedVersion) {
        Deployment d = deployment(id);
        ETags.check(expectedVersion, d.version);
        d.relieve(config.now());
        observations.officerLeft(d);
        return finish(d, PersonnelEvents.DEPLOYMENT_RELIEVED, "RELIEVE");
    }

    @Transactional
    public DeploymentView cancel(@NotNull UUID id, Long expectedVersion) {
        Deployment d = deployment(id);
        ETags.check(expectedVersion, d.version);
        d.cancel(config.now());
        observations.officerLeft(d);
        return finish(d, PersonnelEvents.DEPLOYMENT_CANCELLED, "CANCEL");
    }

    private DeploymentView finish(Deployment d, EventType<DeploymentView> eventType, String action) {
        em.flush();
        Person person = Person.findById(d.personId);
        DeploymentView view = Views.deployment(d, person.name);
        outbox.publish(eventType, d.id, view);
        audit.record(action, "deployment", d.id, null);
        return view;
    }

    /** Flushes now, so that the one-active index refuses here, as a clear 409, rather than at commit. */
    private void flushGuarded(UUID personId) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains(ONE_ACTIVE_INDEX)) throw alreadyDeployed(personId);
            }
            throw e;
        }
    }

    static ProblemException alreadyDeployed(UUID personId) {
        return ProblemException.rule(ServiceProblem.PERSON_ALREADY_DEPLOYED, Text.format(
                "Person %s already has an active deployment; relieve it before activating another.",
                "人员 %s 已有在岗的部署；请先解除该部署，再启用新的部署。", personId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeploymentView get(UUID id) {
        Deployment d = deployment(id);
        Person p = Person.findById(d.personId);
        return Views.deployment(d, p == null ? null : p.name);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeploymentView> list(UUID personId, UUID planId, DeploymentState state, String divisionCode, UUID checkpointId, PageQuery page) {
        Filter f = Filter.where().eq("personId", personId).eq("planId", planId).eq("state", state).within("divisionCode", divisionCode).eq("checkpointId", checkpointId);
        Page<Deployment> raw = Page.of(Deployment.<Deployment>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, d -> d);
        Map<UUID, String> names = new HashMap<>();
        var ids = raw.items().stream().map(d -> d.personId).distinct().toList();
        if (!ids.isEmpty()) Person.<Person>list("id in ?1", ids).forEach(x -> names.put(x.id, x.name));
        return new Page<>(raw.items().stream().map(d -> Views.deployment(d, names.get(d.personId))).toList(),
                raw.page(), raw.size(), raw.totalItems(), raw.totalPages());
    }

    private static Deployment deployment(UUID id) {
        Deployment d = Deployment.findById(id);
        if (d == null) throw new ResourceNotFoundException(Text.of("Deployment", "部署"), id);
        return d;
    }
}
