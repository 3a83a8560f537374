package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.checkpoint.Checkpoint;
import cn.gov.epidemic.checkpoint.CheckpointKind;
import cn.gov.epidemic.checkpoint.CheckpointState;
import cn.gov.epidemic.checkpoint.Staffing;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.CheckpointView;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.DayStatistics;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.NewCheckpoint;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.StaffingView;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.StateChange;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.Statistics;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.checkpoint.mapping.Views;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Checkpoints, their state, their daily statistics and who is on duty there. */
@ApplicationScoped
public class CheckpointService {

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "kind", "kind",
            "divisionCode", "divisionCode", "createdAt", "createdAt");
    static final int MAX_STATISTICS_DAYS = 366;

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;
    @Inject
    CheckpointConfig config;

    @Transactional
    public CheckpointView register(@NotNull @Valid NewCheckpoint in) {
        if (Checkpoint.count("code", in.code()) > 0) {
            throw ProblemException.rule(ServiceProblem.CHECKPOINT_CODE_TAKEN, Text.format("A checkpoint with code %s exists.", "编码为 %s 的卡口已存在。", in.code()));
        }
        Checkpoint c = new Checkpoint();
        c.id = UUID.randomUUID();
        c.code = in.code();
        c.name = in.name();
        c.kind = in.kind();
        c.road = in.road();
        c.kmMarker = in.kmMarker();
        c.latitude = in.latitude();
        c.longitude = in.longitude();
        c.divisionCode = in.divisionCode();
        c.agencies = Views.agencies(in.agencies());
        c.state = in.state() == null ? CheckpointState.OPEN : in.state();
        c.greenLane = Boolean.TRUE.equals(in.greenLane());
        c.designatedHospital = in.designatedHospital();
        c.createdAt = config.now();
        c.persist();
        em.flush();
        CheckpointView v = Views.checkpoint(c);
        outbox.publish(CheckpointEvents.CHECKPOINT_REGISTERED, c.id, v);
        audit.record("CREATE", "checkpoint", c.id, c.code);
        return v;
    }

    @Transactional
    public CheckpointView changeState(@NotNull UUID id, @NotNull @Valid StateChange in, Long expectedVersion) {
        Checkpoint c = Lookups.checkpoint(id);
        ETags.check(expectedVersion, c.version);
        if (c.state == in.state()) {
            throw ProblemException.rule(ProblemType.INVALID_STATE_TRANSITION, Text.format("Checkpoint %s is already %s.", "卡口 %s 已处于 %s 状态。", id, c.state));
        }
        c.state = in.state();
        em.flush();
        CheckpointView v = Views.checkpoint(c);
        outbox.publish(CheckpointEvents.CHECKPOINT_STATE_CHANGED, c.id, v);
        audit.record("STATE", "checkpoint", c.id, c.state + (in.reason() == null ? "" : ": " + in.reason()));
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckpointView get(UUID id) {
        return Views.checkpoint(Lookups.checkpoint(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CheckpointView> list(String code, CheckpointKind kind, CheckpointState state, String divisionCode, Boolean greenLane, String name, PageQuery page) {
        Filter f = Filter.where().eq("code", code).eq("kind", kind).eq("state", state).within("divisionCode", divisionCode).eq("greenLane", greenLane).contains("name", name);
        return Page.of(Checkpoint.<Checkpoint>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, Views::checkpoint);
    }

    /** Per-day counts from the inspections themselves: no counter row to contend for on the hot path. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics statistics(UUID id, LocalDate from, LocalDate to) {
        Lookups.checkpoint(id);
        LocalDate today = config.today();
        LocalDate t = to == null ? (from == null ? today : from) : to;
        LocalDate f = from == null ? t : from;
        if (t.isBefore(f)) throw ProblemException.validation("to", Violations.notBefore("from"));
        if (ChronoUnit.DAYS.between(f, t) >= MAX_STATISTICS_DAYS) throw ProblemException.validation("to", Text.format("at most %d days", "最多 %d 天", MAX_STATISTICS_DAYS));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, count(*), coalesce(sum(occupant_count), 0), coalesce(sum(fever_count), 0),"
                        + " count(*) filter (where outcome = 'TURNED_BACK'),"
                        + " count(*) filter (where pass_result = 'VALID'),"
                        + " count(*) filter (where pass_result is not null and pass_result <> 'VALID')"
                        + " from inspection where checkpoint_id = ?1 and day between ?2 and ?3 group by day order by day")
                .setParameter(1, id).setParameter(2, f).setParameter(3, t).getResultList();
        List<DayStatistics> days = new ArrayList<>();
        long[] sum = new long[7];
        for (Object[] r : rows) {
            long[] v = new long[7];
            for (int i = 0; i < 6; i++) v[i] = ((Number) r[i + 1]).longValue();
            days.add(new DayStatistics(toLocalDate(r[0]), v[0], v[1], v[2], v[2], v[3], v[4], v[5]));
            for (int i = 0; i < 6; i++) sum[i] += v[i];
        }
        return new Statistics(id, f, t, days, new DayStatistics(null, sum[0], sum[1], sum[2], sum[2], sum[3], sum[4], sum[5]));
    }

    private static LocalDate toLocalDate(Object o) {
        if (o instanceof LocalDate d) return d;
        if (o instanceof java.sql.Date d) return d.toLocalDate();
        return LocalDate.parse(o.toString());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffingView staffing(UUID id) {
        Checkpoint c = Lookups.checkpoint(id);
        List<Staffing> on = Staffing.<Staffing>list("checkpointId = ?1 order by onDutySince, deploymentId", id);
        return new StaffingView(c.id, c.code, c.name, on.size(), on.isEmpty(), on.stream().map(Views::onDuty).toList());
    }

    /** Every checkpoint with its on-duty count; {@code unstaffed=true} keeps those with nobody on duty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffingView> staffingOverview(Boolean unstaffed, PageQuery page) {
        Map<UUID, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select checkpoint_id, count(*) from staffing group by checkpoint_id").getResultList();
        for (Object[] r : rows) counts.put((UUID) r[0], ((Number) r[1]).longValue());
        String q;
        Map<String, Object> params = new HashMap<>();
        if (unstaffed == null) {
            q = "1 = 1";
        } else {
            q = unstaffed ? "id not in (select s.checkpointId from Staffing s)" : "id in (select s.checkpointId from Staffing s)";
        }
        return Page.of(Checkpoint.<Checkpoint>find(q, page.toSort(SORTS, "id"), params), page, c -> {
            int n = counts.getOrDefault(c.id, 0L).intValue();
            return new StaffingView(c.id, c.code, c.name, n, n == 0, List.of());
        });
    }
}
