package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ResourceNotFoundException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.Team;
import cn.gov.epidemic.personnel.TeamKind;
import cn.gov.epidemic.personnel.TeamMember;
import cn.gov.epidemic.personnel.api.TeamApi.MembershipChange;
import cn.gov.epidemic.personnel.api.TeamApi.MemberView;
import cn.gov.epidemic.personnel.api.TeamApi.NewMember;
import cn.gov.epidemic.personnel.api.TeamApi.NewTeam;
import cn.gov.epidemic.personnel.api.TeamApi.TeamView;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.event.PersonnelEvents;
import cn.gov.epidemic.personnel.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Teams and their members. */
@ApplicationScoped
public class TeamService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind", "createdAt", "createdAt");

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    PersonnelConfig config;

    @Transactional
    public TeamView create(@NotNull @Valid NewTeam in) {
        if (in.divisionCode() != null) Lookups.divisionField("divisionCode", in.divisionCode());
        if (in.leaderId() != null) Lookups.personField("leaderId", in.leaderId());
        Team t = new Team();
        t.id = UUID.randomUUID();
        t.name = in.name();
        t.kind = in.kind();
        t.divisionCode = in.divisionCode();
        t.leaderId = in.leaderId();
        t.createdAt = config.now();
        t.persist();
        TeamView view = Views.team(t, 0);
        outbox.publish(PersonnelEvents.TEAM_CREATED, t.id, view);
        audit.record("CREATE", "team", t.id, null);
        return view;
    }

    @Transactional
    public MemberView addMember(@NotNull UUID teamId, @NotNull @Valid NewMember in) {
        Team t = team(teamId);
        Person p = Lookups.personField("personId", in.personId());
        if (TeamMember.findById(new TeamMember.Key(t.id, p.id)) != null) {
            throw ProblemException.rule(ServiceProblem.ALREADY_TEAM_MEMBER, Text.format("Person %s is already a member of team %s.",
                    "人员 %s 已是队伍 %s 的成员。", p.id, t.id));
        }
        TeamMember m = new TeamMember();
        m.key = new TeamMember.Key(t.id, p.id);
        m.role = in.role();
        m.joinedAt = config.now();
        m.persist();
        outbox.publish(PersonnelEvents.TEAM_MEMBER_ADDED, t.id, new MembershipChange(t.id, p.id, m.role));
        audit.record("ADD_MEMBER", "team", t.id, null);
        return new MemberView(p.id, p.name, p.category, m.role, m.joinedAt);
    }

    @Transactional
    public void removeMember(@NotNull UUID teamId, @NotNull UUID personId) {
        Team t = team(teamId);
        TeamMember m = TeamMember.findById(new TeamMember.Key(t.id, personId));
        if (m == null) throw new ResourceNotFoundException(Text.of("Team member", "队伍成员"), personId);
        m.delete();
        outbox.publish(PersonnelEvents.TEAM_MEMBER_REMOVED, t.id, new MembershipChange(t.id, personId, m.role));
        audit.record("REMOVE_MEMBER", "team", t.id, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamView get(UUID id) {
        Team t = team(id);
        return Views.team(t, TeamMember.count("key.teamId", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberView> members(UUID teamId) {
        team(teamId);
        List<TeamMember> members = TeamMember.list("key.teamId", teamId);
        Map<UUID, Person> people = new HashMap<>();
        if (!members.isEmpty()) {
            Person.<Person>list("id in ?1", members.stream().map(m -> m.key.personId()).toList()).forEach(p -> people.put(p.id, p));
        }
        return members.stream().map(m -> {
            Person p = people.get(m.key.personId());
            return new MemberView(p.id, p.name, p.category, m.role, m.joinedAt);
        }).sorted(java.util.Comparator.comparing(MemberView::joinedAt).thenComparing(MemberView::name)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TeamView> list(TeamKind kind, String divisionCode, PageQuery page) {
        Filter f = Filter.where().eq("kind", kind).within("divisionCode", divisionCode);
        return Page.of(Team.<Team>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, t -> Views.team(t, TeamMember.count("key.teamId", t.id)));
    }

    private static Team team(UUID id) {
        Team t = Team.findById(id);
        if (t == null) throw new ResourceNotFoundException(Text.of("Team", "队伍"), id);
        return t;
    }
}
