package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ResourceNotFoundException;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.DivisionKind;
import cn.gov.epidemic.personnel.api.DivisionApi.DivisionView;
import cn.gov.epidemic.personnel.api.DivisionApi.NewDivision;
import cn.gov.epidemic.personnel.api.DivisionApi.ScreeningCoverage;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Administrative divisions and the screening coverage under each. */
@ApplicationScoped
public class DivisionService {

    private static final Text DIVISION = Text.of("Division", "行政区划");

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "kind", "kind");

    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    @Transactional
    public DivisionView register(@NotNull @Valid NewDivision in) {
        if (Division.findById(in.code()) != null) {
            throw ProblemException.rule(ServiceProblem.DIVISION_EXISTS, Text.format("Division %s is already registered.", "行政区划 %s 已登记。", in.code()));
        }
        if (in.parentCode() != null) {
            Division parent = Lookups.divisionField("parentCode", in.parentCode());
            if (parent.kind.level >= in.kind().level) {
                throw ProblemException.validation("kind", Text.format("must be a lower level than the parent division (%s)", "级别必须低于上级行政区划（%s）", parent.kind));
            }
        } else if (in.kind().level != 1) {
            throw ProblemException.validation("parentCode", Text.of("is required below the league/city level", "盟市以下的行政区划必填"));
        }
        Division d = new Division();
        d.code = in.code();
        d.name = in.name();
        d.kind = in.kind();
        d.parentCode = in.parentCode();
        d.households = in.households();
        d.persist();
        DivisionView view = Views.division(d);
        outbox.publish(PersonnelEvents.DIVISION_REGISTERED, d.code, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DivisionView get(String code) {
        Division d = Division.findById(code);
        if (d == null) throw new ResourceNotFoundException(DIVISION, code);
        return Views.division(d);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DivisionView> list(String parentCode, DivisionKind kind, String name, PageQuery page) {
        Filter f = Filter.where().eq("parentCode", parentCode).eq("kind", kind).contains("name", name);
        PanacheQuery<Division> query = Division.<Division>find(f.query(), page.toSort(SORTS, "code"), f.params());
        return Page.of(query, page, Views::division);
    }

    /** Counts over the division and every division under it (a recursive walk down the hierarchy). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScreeningCoverage coverage(String code) {
        Division d = Division.findById(code);
        if (d == null) throw new ResourceNotFoundException(DIVISION, code);
        Object[] r = (Object[]) em.createNativeQuery("""
                with recursive sub(code) as (
                    select code from division where code = ?1
                    union all select c.code from division c join sub on c.parent_code = sub.code)
                select
                  (select count(*) from division x join sub on x.code = sub.code where x.kind in ('GACHA','VILLAGE','COMMUNITY')),
                  (select count(distinct v.division_code) from screening_visit v join sub on v.division_code = sub.code),
                  (select coalesce(sum(x.households), 0) from division x join sub on x.code = sub.code where x.kind in ('GACHA','VILLAGE','COMMUNITY')),
                  (select count(distinct (v.division_code, v.household)) from screening_visit v join sub on v.division_code = sub.code),
                  (select count(*) from screening_visit v join sub on v.division_code = sub.code),
                  (select count(*) from screening_visit v join sub on v.division_code = sub.code where v.outcome = 'KEY_PERSON_FOUND'),
                  (select count(distinct v.worker_id) from screening_visit v join sub on v.division_code = sub.code)
                """).setParameter(1, code).getSingleResult();
        long households = ((Number) r[2]).longValue();
        long visited = ((Number) r[3]).longValue();
        BigDecimal pct = households == 0 ? null
                : BigDecimal.valueOf(visited * 100L).divide(BigDecimal.valueOf(households), 1, RoundingMode.HALF_UP);
        return new ScreeningCoverage(d.code, d.name, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), households,
                visited, ((Number) r[4]).longValue(), pct, ((Number) r[5]).longValue(), ((Number) r[6]).longValue());
    }
}
