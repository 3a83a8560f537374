package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.ScreeningOutcome;
import cn.gov.epidemic.personnel.ScreeningVisit;
import cn.gov.epidemic.personnel.api.FieldApi.NewScreeningVisit;
import cn.gov.epidemic.personnel.api.FieldApi.VisitView;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.UUID;

/** Household screening visits (入户排查) in villages and communities. */
@ApplicationScoped
public class ScreeningService {

    private static final Map<String, String> SORTS = Map.of("visitedAt", "visitedAt", "household", "household", "outcome", "outcome");

    @Inject
    Outbox outbox;
    @Inject
    PersonnelConfig config;

    @Transactional
    public VisitView record(@NotNull @Valid NewScreeningVisit in) {
        Division d = Lookups.divisionField("divisionCode", in.divisionCode());
        if (!d.kind.isGrassroots()) {
            throw ProblemException.validation("divisionCode", Text.of("must be a gacha, village or community (households are screened there)",
                    "必须是嘎查、村或社区（入户排查在基层进行）"));
        }
        if (in.workerId() != null) Lookups.personField("workerId", in.workerId());
        if (in.visitedAt().isAfter(config.now().plusMinutes(5))) {
            throw ProblemException.validation("visitedAt", Violations.NOT_IN_FUTURE);
        }
        ScreeningVisit v = new ScreeningVisit();
        v.id = UUID.randomUUID();
        v.divisionCode = d.code;
        v.household = in.household();
        v.visitedAt = in.visitedAt();
        v.workerId = in.workerId();
        v.residents = in.residents();
        v.outcome = in.outcome();
        v.notes = in.notes();
        v.createdAt = config.now();
        v.persist();
        VisitView view = Views.visit(v);
        outbox.publish(PersonnelEvents.SCREENING_VISIT_RECORDED, v.id, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VisitView> list(String divisionCode, ScreeningOutcome outcome, UUID workerId, PageQuery page) {
        Filter f = Filter.where().within("divisionCode", divisionCode).eq("outcome", outcome).eq("workerId", workerId);
        return Page.of(ScreeningVisit.<ScreeningVisit>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, Views::visit);
    }
}
