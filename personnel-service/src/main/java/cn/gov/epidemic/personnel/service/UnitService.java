package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ResourceNotFoundException;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.personnel.SourceUnit;
import cn.gov.epidemic.personnel.UnitKind;
import cn.gov.epidemic.personnel.api.UnitApi.NewUnit;
import cn.gov.epidemic.personnel.api.UnitApi.UnitView;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.UUID;

/** Source units: where deployed people come from. */
@ApplicationScoped
public class UnitService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind");

    @Inject
    Outbox outbox;

    @Transactional
    public UnitView register(@NotNull @Valid NewUnit in) {
        if (SourceUnit.count("name", in.name()) > 0) {
            throw ProblemException.rule(ServiceProblem.UNIT_EXISTS, Text.of("A unit with this name is already registered.", "同名单位已登记。"));
        }
        if (in.divisionCode() != null) Lookups.divisionField("divisionCode", in.divisionCode());
        SourceUnit u = new SourceUnit();
        u.id = UUID.randomUUID();
        u.name = in.name();
        u.kind = in.kind();
        u.divisionCode = in.divisionCode();
        u.persist();
        UnitView view = Views.unit(u);
        outbox.publish(PersonnelEvents.UNIT_REGISTERED, u.id, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(UUID id) {
        SourceUnit u = SourceUnit.findById(id);
        if (u == null) throw new ResourceNotFoundException(Text.of("Unit", "单位"), id);
        return Views.unit(u);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnitView> list(UnitKind kind, String divisionCode, String name, PageQuery page) {
        Filter f = Filter.where().eq("kind", kind).within("divisionCode", divisionCode).contains("name", name);
        return Page.of(SourceUnit.<SourceUnit>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, Views::unit);
    }
}
