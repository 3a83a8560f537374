package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ResourceNotFoundException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.personnel.DeploymentPlan;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.PlanQuota;
import cn.gov.epidemic.personnel.SourceUnit;
import cn.gov.epidemic.personnel.api.PlanApi.DestinationProgress;
import cn.gov.epidemic.personnel.api.PlanApi.NewPlan;
import cn.gov.epidemic.personnel.api.PlanApi.PlanProgress;
import cn.gov.epidemic.personnel.api.PlanApi.PlanView;
import cn.gov.epidemic.personnel.api.PlanApi.QuotaLine;
import cn.gov.epidemic.personnel.api.PlanApi.UnitProgress;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Deployment plans, their quotas and their live progress. */
@ApplicationScoped
public class PlanService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "periodStart", "periodStart", "createdAt", "createdAt");

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;
    @Inject
    PersonnelConfig config;

    @Transactional
    public PlanView create(@NotNull @Valid NewPlan in) {
        Lookups.divisionField("divisionCode", in.divisionCode());
        if (in.periodEnd() != null && in.periodEnd().isBefore(in.periodStart())) {
            throw ProblemException.validation("periodEnd", Violations.notBefore("periodStart"));
        }
        DeploymentPlan p = new DeploymentPlan();
        p.id = UUID.randomUUID();
        p.name = in.name();
        p.issuingAuthority = in.issuingAuthority();
        p.divisionCode = in.divisionCode();
        p.target = in.target();
        p.periodStart = in.periodStart();
        p.periodEnd = in.periodEnd();
        p.createdAt = config.now();
        p.persist();
        List<QuotaLine> quotas = in.quotas() == null ? List.of() : in.quotas();
        var seen = new HashSet<UUID>();
        for (int i = 0; i < quotas.size(); i++) {
            QuotaLine line = quotas.get(i);
            Lookups.unitField("quotas[" + i + "].unitId", line.unitId());
            if (!seen.add(line.unitId())) throw ProblemException.validation("quotas[" + i + "].unitId", Text.of("appears more than once", "重复出现"));
            PlanQuota q = new PlanQuota();
            q.key = new PlanQuota.Key(p.id, line.unitId());
            q.quota = line.quota();
            q.persist();
        }
        PlanView view = view(p);
        outbox.publish(PersonnelEvents.PLAN_CREATED, p.id, view);
        audit.record("CREATE", "plan", p.id, null);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(UUID id) {
        return view(plan(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> list(String divisionCode, PageQuery page) {
        Filter f = Filter.where().within("divisionCode", divisionCode);
        return Page.of(DeploymentPlan.<DeploymentPlan>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, this::view);
    }

    /** Live progress: counted from the deployments at the time of the request, never stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanProgress progress(UUID id) {
        DeploymentPlan plan = plan(id);
        Map<String, Long> byState = new HashMap<>();
        for (Object o : em.createNativeQuery("select state, count(*) from deployment where plan_id = ?1 group by state")
                .setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) o;
            byState.put((String) r[0], ((Number) r[1]).longValue());
        }
        long active = byState.getOrDefault("ACTIVE", 0L);
        long relieved = byState.getOrDefault("RELIEVED", 0L);
        long deployed = active + relieved;

        Map<UUID, Integer> quotas = new HashMap<>();
        for (PlanQuota q : PlanQuota.<PlanQuota>list("key.planId", id)) quotas.put(q.key.unitId(), q.quota);
        Map<UUID, Long> perUnit = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                select p.unit_id, count(*) from deployment d join person p on p.id = d.person_id
                where d.plan_id = ?1 and d.state in ('ACTIVE', 'RELIEVED') group by p.unit_id""")
                .setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) o;
            perUnit.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        var unitIds = new HashSet<UUID>(quotas.keySet());
        perUnit.keySet().stream().filter(u -> u != null).forEach(unitIds::add);
        List<UnitProgress> byUnit = new ArrayList<>();
        for (UUID u : unitIds) {
            SourceUnit unit = SourceUnit.findById(u);
            Integer quota = quotas.get(u);
            long n = perUnit.getOrDefault(u, 0L);
            byUnit.add(new UnitProgress(u, unit == null ? null : unit.name, quota, n, quota == null || quota == 0 ? null : percent(n, quota)));
        }
        if (perUnit.containsKey(null)) byUnit.add(new UnitProgress(null, null, null, perUnit.get(null), null));
        byUnit.sort(Comparator.comparing((UnitProgress p) -> p.unitName() == null ? "~" : p.unitName()));

        List<DestinationProgress> byDestination = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select d.division_code, d.checkpoint_id, count(*) from deployment d
                where d.plan_id = ?1 and d.state in ('ACTIVE', 'RELIEVED') group by d.division_code, d.checkpoint_id
                order by d.division_code, d.checkpoint_id""")
                .setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) o;
            String code = (String) r[0];
            Division div = code == null ? null : Division.findById(code);
            byDestination.add(new DestinationProgress(code, div == null ? null : div.name, (UUID) r[1], ((Number) r[2]).longValue()));
        }
        return new PlanProgress(plan.id, plan.name, plan.target, deployed, active, relieved, byState.getOrDefault("PLANNED", 0L),
                percent(deployed, plan.target), byUnit, byDestination);
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static DeploymentPlan plan(UUID id) {
        DeploymentPlan p = DeploymentPlan.findById(id);
        if (p == null) throw new ResourceNotFoundException(Text.of("Plan", "部署计划"), id);
        return p;
    }

    private PlanView view(DeploymentPlan p) {
        List<QuotaLine> quotas = PlanQuota.<PlanQuota>list("key.planId", p.id).stream()
                .map(q -> new QuotaLine(q.key.unitId(), q.quota)).toList();
        return new PlanView(p.id, p.name, p.issuingAuthority, p.divisionCode, p.target, p.periodStart, p.periodEnd, quotas, p.version);
    }
}
