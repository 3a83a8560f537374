package cn.gov.epidemic.personnel.demo;

import cn.gov.epidemic.kit.pii.IdCardNumbers;
import cn.gov.epidemic.personnel.DeploymentPlan;
import cn.gov.epidemic.personnel.DestinationType;
import cn.gov.epidemic.personnel.DivisionKind;
import cn.gov.epidemic.personnel.Duty;
import cn.gov.epidemic.personnel.KeyPersonCategory;
import cn.gov.epidemic.personnel.PersonCategory;
import cn.gov.epidemic.personnel.PostKind;
import cn.gov.epidemic.personnel.ScreeningOutcome;
import cn.gov.epidemic.personnel.TeamKind;
import cn.gov.epidemic.personnel.UnitKind;
import cn.gov.epidemic.personnel.api.DeploymentApi.NewDeployment;
import cn.gov.epidemic.personnel.api.DivisionApi.NewDivision;
import cn.gov.epidemic.personnel.api.FieldApi.NewFollowUp;
import cn.gov.epidemic.personnel.api.FieldApi.NewKeyPerson;
import cn.gov.epidemic.personnel.api.FieldApi.NewScreeningVisit;
import cn.gov.epidemic.personnel.api.PersonApi.NewPerson;
import cn.gov.epidemic.personnel.api.PlanApi.NewPlan;
import cn.gov.epidemic.personnel.api.PlanApi.QuotaLine;
import cn.gov.epidemic.personnel.api.PostApi.NewPost;
import cn.gov.epidemic.personnel.api.PostApi.NewShift;
import cn.gov.epidemic.personnel.api.TeamApi.NewMember;
import cn.gov.epidemic.personnel.api.TeamApi.NewTeam;
import cn.gov.epidemic.personnel.api.UnitApi.NewUnit;
import cn.gov.epidemic.personnel.config.PersonnelConfig;
import cn.gov.epidemic.personnel.service.DeploymentService;
import cn.gov.epidemic.personnel.service.DivisionService;
import cn.gov.epidemic.personnel.service.KeyPersonService;
import cn.gov.epidemic.personnel.service.PersonService;
import cn.gov.epidemic.personnel.service.PlanService;
import cn.gov.epidemic.personnel.service.PostService;
import cn.gov.epidemic.personnel.service.ScreeningService;
import cn.gov.epidemic.personnel.service.TeamService;
import cn.gov.epidemic.personnel.service.UnitService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The demo data of the run command, taken from the source document (a newspaper page of 3 February 2020), loaded
 * through the services on first start so that every record also produces its events:
 * <ul>
 * <li>Hohhot: a plan for 1,400 political-legal officers (呼和浩特市委政法委), 2,010 actually deployed to villages and
 * communities from the banner/county/district political-legal committees, public security, procuratorates, courts,
 * justice bureaus and the development zone's law-enforcement bureau (143.6%);</li>
 * <li>Xilingol: grid workers screening households (a sample of the 4,196 in 2,722 villages), key persons in the three
 * categories under 14-day home observation with daily follow-ups;</li>
 * <li>Alxa: the Nantian community party-member volunteer team (18 members), spearhead squads and vanguard teams,
 * party-member vanguard posts such as the Bayan Gol sumu check point, staffed in turns;</li>
 * <li>Hinggan: Yong'an town (Tuquan county), 15 persuasion stations at village roads, each led by the village party
 * secretary, 24-hour rotation by volunteers (one station with an uncovered night, to show a gap).</li>
 * </ul>
 * Names of people and of villages the source does not name are generic. Dates are relative to today, so that the
 * observations are live.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "包", "乌", "巴", "其", "宝"};
    private static final String[] GIVEN = {"建国", "志强", "海军", "晓明", "丽娟", "秀英", "俊杰", "文博", "春雷", "玉兰", "永胜", "国华", "敏", "勇", "静", "磊", "军", "芳", "杰", "涛", "格日勒", "巴特尔", "其木格", "乌云", "斯琴", "那仁"};

    @ConfigProperty(name = "epidemic.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    PersonnelConfig config;
    @Inject
    DivisionService divisions;
    @Inject
    UnitService units;
    @Inject
    PersonService people;
    @Inject
    PlanService plans;
    @Inject
    DeploymentService deployments;
    @Inject
    TeamService teams;
    @Inject
    PostService posts;
    @Inject
    ScreeningService screening;
    @Inject
    KeyPersonService keyPersons;

    private int personSeq;

    void onStart(@Observes StartupEvent ev) {
        if (!enabled) return;
        if (QuarkusTransaction.requiringNew().call(() -> DeploymentPlan.count()) > 0) {
            LOG.info("demo data already present");
            return;
        }
        load();
    }

    /** Loads everything; the caller makes sure it is not there yet. */
    public void load() {
        long t0 = System.nanoTime();
        hohhot();
        xilingol();
        alxa();
        hinggan();
        LOG.infof("demo data loaded in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }

    // ------------------------------------------------------------------ Hohhot: 1,400 planned, 2,010 deployed

    record Area(String code, String name, DivisionKind kind) {
    }

    void hohhot() {
        List<Area> areas = List.of(new Area("150102", "新城区", DivisionKind.DISTRICT), new Area("150103", "回民区", DivisionKind.DISTRICT),
                new Area("150104", "玉泉区", DivisionKind.DISTRICT), new Area("150105", "赛罕区", DivisionKind.DISTRICT),
                new Area("150121", "土默特左旗", DivisionKind.BANNER), new Area("150122", "托克托县", DivisionKind.COUNTY),
                new Area("150123", "和林格尔县", DivisionKind.COUNTY), new Area("150124", "清水河县", DivisionKind.COUNTY),
                new Area("150125", "武川县", DivisionKind.COUNTY));
        List<UUID> unitIds = new ArrayList<>();
        List<String> unitRegion = new ArrayList<>();
        List<List<String>> destinations = new ArrayList<>();
        tx(() -> {
            divisions.register(new NewDivision("150100", "呼和浩特市", DivisionKind.CITY, null, null));
            for (Area a : areas) {
                divisions.register(new NewDivision(a.code(), a.name(), a.kind(), "150100", null));
                boolean urban = a.kind() == DivisionKind.DISTRICT;
                List<String> grassroots = new ArrayList<>();
                for (int t = 1; t <= 2; t++) {
                    String town = a.code() + String.format("%03d", t);
                    divisions.register(new NewDivision(town, a.name() + (urban ? "第" + t + "街道" : "第" + t + "镇"),
                            urban ? DivisionKind.SUBDISTRICT : DivisionKind.TOWN, a.code(), null));
                    for (int v = 1; v <= 5; v++) {
                        String code = town + String.format("%03d", v);
                        divisions.register(new NewDivision(code, a.name() + t + "-" + v + (urban ? "社区" : "村"),
                                urban ? DivisionKind.COMMUNITY : DivisionKind.VILLAGE, town, urban ? 1500 : 400));
                        grassroots.add(code);
                    }
                }
                String[][] kinds = {{"政法委", "POLITICAL_LEGAL_COMMITTEE"}, {"公安分局", "PUBLIC_SECURITY"},
                        {"人民检察院", "PROCURATORATE"}, {"人民法院", "COURT"}, {"司法局", "JUSTICE_BUREAU"}};
                for (String[] k : kinds) {
                    String name = a.name() + (k[0].equals("公安分局") && !urban ? "公安局" : k[0]);
                    unitIds.add(units.register(new NewUnit(name, UnitKind.valueOf(k[1]), a.code())).id());
                    unitRegion.add(a.code());
                    destinations.add(grassroots);
                }
            }
            unitIds.add(units.register(new NewUnit("呼和浩特经济技术开发区综合行政执法局", UnitKind.LAW_ENFORCEMENT_BUREAU, "150100")).id());
            unitRegion.add("150105");
            destinations.add(destinations.get(15)); // the development zone lies by Saihan district
        });
        // quotas: 1,400 spread over the 46 units; deployed: 2,010 spread the same way (about 143.6% each)
        int n = unitIds.size();
        List<QuotaLine> quotas = new ArrayList<>();
        int[] deployed = new int[n];
        for (int i = 0; i < n; i++) {
            quotas.add(new QuotaLine(unitIds.get(i), 1400 / n + (i < 1400 % n ? 1 : 0)));
            deployed[i] = 2010 / n + (i < 2010 % n ? 1 : 0);
        }
        UUID planId = tx(() -> plans.create(new NewPlan("呼和浩特市政法干警下沉基层防控疫情", "呼和浩特市委政法委", "150100", 1400,
                LocalDate.of(2020, 1, 28), null, quotas)).id());
        Set<Duty> village = EnumSet.of(Duty.PUBLICITY, Duty.SCREENING, Duty.REGISTRATION, Duty.OBSERVATION, Duty.ISOLATION);
        Set<Duty> order = EnumSet.of(Duty.SECURITY, Duty.PUBLIC_ORDER, Duty.MIGRANT_MANAGEMENT, Duty.INCIDENT_RESPONSE, Duty.SCREENING);
        for (int u = 0; u < n; u++) {
            int unit = u;
            UnitKind kind = unitKind(u, n);
            tx(() -> {
                for (int i = 0; i < deployed[unit]; i++) {
                    UUID person = people.register(person(category(kind), unitIds.get(unit), unitRegion.get(unit), true)).id();
                    List<String> dest = destinations.get(unit);
                    String code = dest.get(i % dest.size());
                    deployments.create(new NewDeployment(person, planId, DestinationType.DIVISION, code, null,
                            code.substring(9) + "号工作组", i % 2 == 0 ? village : order, LocalDate.of(2020, 1, 29), true));
                }
            });
        }
    }

    private static UnitKind unitKind(int index, int count) {
        if (index == count - 1) return UnitKind.LAW_ENFORCEMENT_BUREAU;
        return new UnitKind[] {UnitKind.POLITICAL_LEGAL_COMMITTEE, UnitKind.PUBLIC_SECURITY, UnitKind.PROCURATORATE,
                UnitKind.COURT, UnitKind.JUSTICE_BUREAU}[index % 5];
    }

    private static PersonCategory category(UnitKind kind) {
        return switch (kind) {
            case PUBLIC_SECURITY -> PersonCategory.POLICE_OFFICER;
            case PROCURATORATE -> PersonCategory.PROSECUTOR;
            case COURT -> PersonCategory.JUDGE;
            case LAW_ENFORCEMENT_BUREAU -> PersonCategory.LAW_ENFORCEMENT_OFFICER;
            default -> PersonCategory.JUSTICE_OFFICIAL;
        };
    }

    // ------------------------------------------------------------------ Xilingol: grid workers, screening, key persons

    void xilingol() {
        LocalDate today = config.today();
        List<String> villages = new ArrayList<>();
        List<UUID> workers = new ArrayList<>();
        tx(() -> {
            divisions.register(new NewDivision("152500", "锡林郭勒盟", DivisionKind.LEAGUE, null, null));
            divisions.register(new NewDivision("152502", "锡林浩特市", DivisionKind.COUNTY, "152500", null));
            divisions.register(new NewDivision("152502001", "锡林浩特市宝力根街道", DivisionKind.SUBDISTRICT, "152502", null));
            divisions.register(new NewDivision("152502100", "锡林浩特市朝克乌拉苏木", DivisionKind.SUMU, "152502", null));
            for (int i = 1; i <= 6; i++) {
                String c = "152502001" + String.format("%03d", i);
                divisions.register(new NewDivision(c, "宝力根街道第" + i + "社区", DivisionKind.COMMUNITY, "152502001", 800));
                villages.add(c);
                String g = "152502100" + String.format("%03d", i);
                divisions.register(new NewDivision(g, "朝克乌拉苏木第" + i + "嘎查", DivisionKind.GACHA, "152502100", 120));
                villages.add(g);
            }
            UUID unit = units.register(new NewUnit("锡林郭勒盟委政法委员会", UnitKind.POLITICAL_LEGAL_COMMITTEE, "152500")).id();
            for (int i = 0; i < 40; i++) workers.add(people.register(person(PersonCategory.GRID_WORKER, unit, "152502", i % 3 == 0)).id());
        });
        OffsetDateTime visitDay = today.minusDays(3).atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
        tx(() -> {
            for (int i = 0; i < 240; i++) {
                String village = villages.get(i % villages.size());
                ScreeningOutcome outcome = i % 40 == 7 ? ScreeningOutcome.KEY_PERSON_FOUND : i % 25 == 3 ? ScreeningOutcome.NOBODY_HOME : ScreeningOutcome.NO_RISK;
                screening.record(new NewScreeningVisit(village, (i / villages.size() + 1) + "号院", visitDay.plusMinutes(7L * i),
                        workers.get(i % workers.size()), 1 + i % 5, outcome, null));
            }
        });
        KeyPersonCategory[] cats = {KeyPersonCategory.FROM_WUHAN, KeyPersonCategory.FROM_HUBEI_OTHER, KeyPersonCategory.FROM_OTHER_PROVINCE};
        String[] from = {"湖北省武汉市", "湖北省孝感市", "北京市"};
        String[] region = {"420102", "420902", "110105"};
        tx(() -> {
            for (int i = 0; i < 9; i++) {
                int c = i % 3;
                LocalDate arrived = today.minusDays(3 + i);
                UUID k = keyPersons.register(new NewKeyPerson(name(), IdCardNumbers.compose(region[c], "19" + (70 + i) + "0612", 100 + i),
                        "139" + String.format("%08d", 47100000 + i), cats[c], from[c], arrived, villages.get(i), null,
                        arrived.plusDays(1), 14, null), false).id();
                // daily follow-ups up to yesterday; today's are still to do (the overdue list shows them)
                for (LocalDate d = arrived.plusDays(1); d.isBefore(today); d = d.plusDays(1)) {
                    keyPersons.followUp(k, new NewFollowUp(d, new BigDecimal(i == 4 && d.equals(today.minusDays(1)) ? "37.6" : "36.5"),
                            i == 4 && d.equals(today.minusDays(1)) ? List.of("咳嗽") : List.of()), false);
                }
            }
        });
    }

    // ------------------------------------------------------------------ Alxa: teams, vanguard posts

    void alxa() {
        tx(() -> {
            divisions.register(new NewDivision("152900", "阿拉善盟", DivisionKind.LEAGUE, null, null));
            divisions.register(new NewDivision("152921", "阿拉善左旗", DivisionKind.BANNER, "152900", null));
            divisions.register(new NewDivision("152921100", "巴彦浩特镇", DivisionKind.TOWN, "152921", null));
            divisions.register(new NewDivision("152921100001", "南田社区", DivisionKind.COMMUNITY, "152921100", 2100));
            divisions.register(new NewDivision("152922", "阿拉善右旗", DivisionKind.BANNER, "152900", null));
            divisions.register(new NewDivision("152922101", "巴彦高勒苏木", DivisionKind.SUMU, "152922", null));
            divisions.register(new NewDivision("152922101001", "巴彦高勒苏木第1嘎查", DivisionKind.GACHA, "152922101", 90));
            UUID unit = units.register(new NewUnit("阿拉善盟委组织部", UnitKind.PARTY_ORGANISATION, "152900")).id();
            UUID team = teams.create(new NewTeam("南田社区党员志愿服务队", TeamKind.VOLUNTEER_SERVICE_TEAM, "152921100001", null)).id();
            List<UUID> members = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                UUID p = people.register(person(PersonCategory.PARTY_MEMBER_VOLUNTEER, unit, "152921", true)).id();
                members.add(p);
                teams.addMember(team, new NewMember(p, i == 0 ? "队长" : "队员"));
            }
            for (int i = 1; i <= 3; i++) teams.create(new NewTeam("阿拉善右旗疫情防控尖刀班" + i, TeamKind.SPEARHEAD_SQUAD, "152922101", null));
            for (int i = 1; i <= 2; i++) teams.create(new NewTeam("阿拉善左旗抗击疫情先锋队" + i, TeamKind.VANGUARD_TEAM, "152921100", null));
            UUID post = posts.create(new NewPost("巴彦高勒苏木疫情检测卡点党员先锋岗", PostKind.VANGUARD_POST, "152922101001", "巴彦高勒苏木疫情检测卡点")).id();
            roundTheClock(post, members.subList(0, 3), true);
        });
    }

    // ------------------------------------------------------------------ Hinggan: 15 persuasion stations, 24-hour rotation

    void hinggan() {
        tx(() -> {
            divisions.register(new NewDivision("152200", "兴安盟", DivisionKind.LEAGUE, null, null));
            divisions.register(new NewDivision("152224", "突泉县", DivisionKind.COUNTY, "152200", null));
            divisions.register(new NewDivision("152224100", "永安镇", DivisionKind.TOWN, "152224", null));
            UUID unit = units.register(new NewUnit("突泉县永安镇党委", UnitKind.PARTY_ORGANISATION, "152224")).id();
            for (TeamKind k : List.of(TeamKind.SHOCK_TEAM, TeamKind.GUARD_TEAM, TeamKind.SPECIAL_TEAM, TeamKind.VOLUNTEER_SERVICE_TEAM)) {
                String n = switch (k) {
                    case SHOCK_TEAM -> "疫情防控党员突击队";
                    case GUARD_TEAM -> "疫情防控党员守护队";
                    case SPECIAL_TEAM -> "疫情防控党员特遣队";
                    default -> "疫情防控党员志愿服务队";
                };
                teams.create(new NewTeam("永安镇" + n, k, "152224100", null));
            }
            for (int s = 1; s <= 15; s++) {
                String village = "152224100" + String.format("%03d", 200 + s);
                divisions.register(new NewDivision(village, "永安镇第" + s + "村", DivisionKind.VILLAGE, "152224100", 350));
                UUID secretary = people.register(person(PersonCategory.VILLAGE_CADRE, unit, "152224", true)).id();
                UUID team = teams.create(new NewTeam("永安镇第" + s + "村新时代文明实践志愿者", TeamKind.VOLUNTEER_SERVICE_TEAM, village, secretary)).id();
                teams.addMember(team, new NewMember(secretary, "村党组织书记(劝导站负责人)"));
                List<UUID> volunteers = new ArrayList<>();
                volunteers.add(secretary);
                for (int v = 0; v < 2; v++) {
                    UUID p = people.register(person(PersonCategory.PARTY_MEMBER_VOLUNTEER, unit, "152224", v == 0)).id();
                    teams.addMember(team, new NewMember(p, "志愿者"));
                    volunteers.add(p);
                }
                UUID post = posts.create(new NewPost("永安镇" + s + "号文明劝导站", PostKind.PERSUASION_STATION, village, "第" + s + "村重要路口")).id();
                roundTheClock(post, volunteers, s != 15); // station 15: tonight's shift is not yet filled
            }
        });
    }

    /** Today and tomorrow in three 8-hour shifts; without {@code full} tonight's last shift is left open. */
    private void roundTheClock(UUID post, List<UUID> people, boolean full) {
        LocalDate today = config.today();
        for (int d = 0; d < 2; d++) {
            OffsetDateTime start = today.plusDays(d).atStartOfDay(config.zone()).toOffsetDateTime();
            for (int s = 0; s < 3; s++) {
                if (!full && d == 0 && s == 2) continue;
                posts.schedule(post, new NewShift(start.plusHours(8L * s), start.plusHours(8L * (s + 1)), null, people.get(s % people.size())));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private NewPerson person(PersonCategory category, UUID unit, String region, boolean party) {
        int seq = ++personSeq;
        String birth = String.valueOf(1965 + seq % 35) + String.format("%02d%02d", 1 + seq % 12, 1 + seq % 28);
        return new NewPerson(name(), category, unit, party, IdCardNumbers.compose(region, birth, seq % 1000),
                "138" + String.format("%08d", 47000000 + seq));
    }

    private String name() {
        int s = personSeq * 7 + 3;
        return SURNAMES[s % SURNAMES.length] + GIVEN[(s / SURNAMES.length + personSeq) % GIVEN.length];
    }

    private static void tx(Runnable r) {
        QuarkusTransaction.requiringNew().timeout(600).run(r);
    }

    private static <T> T tx(java.util.concurrent.Callable<T> c) {
        return QuarkusTransaction.requiringNew().timeout(600).call(c);
    }
}
