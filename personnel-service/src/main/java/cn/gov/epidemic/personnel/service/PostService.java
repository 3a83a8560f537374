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
import cn.gov.epidemic.personnel.DutyPost;
import cn.gov.epidemic.personnel.PostKind;
import cn.gov.epidemic.personnel.Shift;
import cn.gov.epidemic.personnel.api.PostApi.Coverage;
import cn.gov.epidemic.personnel.api.PostApi.Gap;
import cn.gov.epidemic.personnel.api.PostApi.NewPost;
import cn.gov.epidemic.personnel.api.PostApi.NewShift;
import cn.gov.epidemic.personnel.api.PostApi.PostView;
import cn.gov.epidemic.personnel.api.PostApi.ShiftView;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Duty posts, their shifts and the gaps in their 24-hour cover. */
@ApplicationScoped
public class PostService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind");
    /** A longer shift is almost certainly a typing error (a wrong day); posts rotate within a day. */
    static final Duration MAX_SHIFT = Duration.ofHours(24);

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    PersonnelConfig config;

    @Transactional
    public PostView create(@NotNull @Valid NewPost in) {
        if (in.divisionCode() != null) Lookups.divisionField("divisionCode", in.divisionCode());
        DutyPost p = new DutyPost();
        p.id = UUID.randomUUID();
        p.name = in.name();
        p.kind = in.kind();
        p.divisionCode = in.divisionCode();
        p.location = in.location();
        p.persist();
        PostView view = Views.post(p);
        outbox.publish(PersonnelEvents.POST_CREATED, p.id, view);
        audit.record("CREATE", "post", p.id, null);
        return view;
    }

    @Transactional
    public ShiftView schedule(@NotNull UUID postId, @NotNull @Valid NewShift in) {
        post(postId);
        if (!in.endsAt().isAfter(in.startsAt())) throw ProblemException.validation("endsAt", Violations.after("startsAt"));
        if (Duration.between(in.startsAt(), in.endsAt()).compareTo(MAX_SHIFT) > 0) {
            throw ProblemException.validation("endsAt", Text.of("a shift lasts at most 24 hours", "一个班次最长 24 小时"));
        }
        if (in.teamId() == null && in.personId() == null) {
            throw ProblemException.validation("personId", Text.of("a shift needs a person or a team (teamId)", "班次须指定人员或队伍（teamId）"));
        }
        if (in.teamId() != null) Lookups.teamField("teamId", in.teamId());
        if (in.personId() != null) Lookups.personField("personId", in.personId());
        Shift s = new Shift();
        s.id = UUID.randomUUID();
        s.postId = postId;
        s.startsAt = in.startsAt();
        s.endsAt = in.endsAt();
        s.teamId = in.teamId();
        s.personId = in.personId();
        s.persist();
        ShiftView view = Views.shift(s);
        outbox.publish(PersonnelEvents.SHIFT_SCHEDULED, postId, view);
        audit.record("SCHEDULE", "post", postId, null);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PostView get(UUID id) {
        return Views.post(post(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PostView> list(PostKind kind, String divisionCode, PageQuery page) {
        Filter f = Filter.where().eq("kind", kind).within("divisionCode", divisionCode);
        return Page.of(DutyPost.<DutyPost>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, Views::post);
    }

    /** Shifts overlapping the calendar day {@code date} (in the configured zone), in start order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ShiftView> shifts(UUID postId, LocalDate date) {
        post(postId);
        return overlapping(postId, date).stream().map(Views::shift).toList();
    }

    /** Merges the day's shifts into covered intervals; what remains of the 24 hours are the gaps. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverage(UUID postId, LocalDate date) {
        DutyPost post = post(postId);
        OffsetDateTime dayStart = date.atStartOfDay(config.zone()).toOffsetDateTime();
        OffsetDateTime dayEnd = date.plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime();
        List<Gap> gaps = new ArrayList<>();
        OffsetDateTime cursor = dayStart;
        long covered = 0;
        for (Shift s : overlapping(postId, date)) {
            OffsetDateTime from = s.startsAt.isBefore(dayStart) ? dayStart : s.startsAt;
            OffsetDateTime to = s.endsAt.isAfter(dayEnd) ? dayEnd : s.endsAt;
            if (from.isAfter(cursor)) {
                gaps.add(gap(cursor, from));
            }
            if (to.isAfter(cursor)) {
                covered += Duration.between(from.isAfter(cursor) ? from : cursor, to).toMinutes();
                cursor = to;
            }
        }
        if (cursor.isBefore(dayEnd)) gaps.add(gap(cursor, dayEnd));
        return new Coverage(post.id, post.name, date, config.zone().getId(), covered, gaps.isEmpty(), gaps);
    }

    private Gap gap(OffsetDateTime from, OffsetDateTime to) {
        return new Gap(from.atZoneSameInstant(config.zone()).toOffsetDateTime(), to.atZoneSameInstant(config.zone()).toOffsetDateTime(),
                Duration.between(from, to).toMinutes());
    }

    private List<Shift> overlapping(UUID postId, LocalDate date) {
        OffsetDateTime dayStart = date.atStartOfDay(config.zone()).toOffsetDateTime();
        OffsetDateTime dayEnd = date.plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime();
        return Shift.list("postId = ?1 and startsAt < ?2 and endsAt > ?3 order by startsAt, endsAt", postId, dayEnd, dayStart);
    }

    private static DutyPost post(UUID id) {
        DutyPost p = DutyPost.findById(id);
        if (p == null) throw new ResourceNotFoundException(Text.of("Duty post", "执勤岗位"), id);
        return p;
    }
}
