package cn.gov.epidemic.checkpoint.demo;

import cn.gov.epidemic.checkpoint.Agency;
import cn.gov.epidemic.checkpoint.Checkpoint;
import cn.gov.epidemic.checkpoint.CheckpointKind;
import cn.gov.epidemic.checkpoint.ClosureMethod;
import cn.gov.epidemic.checkpoint.OccupantRole;
import cn.gov.epidemic.checkpoint.RoadClass;
import cn.gov.epidemic.checkpoint.VehicleKind;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.CheckpointView;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.NewCheckpoint;
import cn.gov.epidemic.checkpoint.api.ClosureApi.ClosureView;
import cn.gov.epidemic.checkpoint.api.ClosureApi.Decision;
import cn.gov.epidemic.checkpoint.api.ClosureApi.NewClosure;
import cn.gov.epidemic.checkpoint.api.ClosureApi.NewDetour;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewInspection;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewOccupant;
import cn.gov.epidemic.checkpoint.api.PassApi.NewEmergencyPass;
import cn.gov.epidemic.checkpoint.api.PassApi.NewEnterprisePass;
import cn.gov.epidemic.checkpoint.api.PassApi.NewPerson;
import cn.gov.epidemic.checkpoint.api.PassApi.NewPrivateCarPass;
import cn.gov.epidemic.checkpoint.api.PassApi.PassView;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.service.CheckpointService;
import cn.gov.epidemic.checkpoint.service.ClosureService;
import cn.gov.epidemic.checkpoint.service.InspectionService;
import cn.gov.epidemic.checkpoint.service.PassService;
import cn.gov.epidemic.kit.pii.IdCardNumbers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The demo data of the run command, from the source document (3 February 2020), loaded through the services on
 * first start so that every record also produces its events:
 * <ul>
 * <li>Tongliao: temporary check stations at the 33 main exit channels of the region and city, staffed by transport,
 * traffic police and health workers (逢车必查、逢人必测), and emergency-supplies green lanes at the 33 highway toll
 * stations; the airport and the railway station (names generic where the source gives none);</li>
 * <li>Alxa Right Banner: the Bayan Gol sumu check point, a party-member vanguard post: 393 vehicles and 1,150 people
 * checked (recorded here as inspections of today, all without fever);</li>
 * <li>Chifeng: temperature checks at the exits of the central city's ring road and of every banner/county from
 * 10 February; a county-road closure approved with the traffic police's detour (in effect), one still requested;
 * an emergency-transport pass, a key-enterprise pass (指挥部统一制发) and a private-car city road pass for tomorrow;
 * a few inspections, one with a fever (referral).</li>
 * </ul>
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Set<Agency> ALL = Set.of(Agency.TRANSPORT, Agency.TRAFFIC_POLICE, Agency.HEALTH);
    private static final String[][] TONGLIAO = {{"150502", "科尔沁区"}, {"150521", "科尔沁左翼中旗"}, {"150522", "科尔沁左翼后旗"},
            {"150523", "开鲁县"}, {"150524", "库伦旗"}, {"150525", "奈曼旗"}, {"150526", "扎鲁特旗"}, {"150581", "霍林郭勒市"}};
    private static final String[][] CHIFENG_COUNTIES = {{"150421", "阿鲁科尔沁旗"}, {"150422", "巴林左旗"}, {"150423", "巴林右旗"},
            {"150424", "林西县"}, {"150425", "克什克腾旗"}, {"150426", "翁牛特旗"}, {"150428", "喀喇沁旗"}, {"150429", "宁城县"}, {"150430", "敖汉旗"}};
    private static final String[] ROADS = {"G45 大广高速", "G111 国道", "G304 国道", "S304 省道", "G303 国道", "S203 省道"};

    @ConfigProperty(name = "epidemic.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    CheckpointConfig config;
    @Inject
    CheckpointService checkpoints;
    @Inject
    ClosureService closures;
    @Inject
    PassService passes;
    @Inject
    InspectionService inspections;

    void onStart(@Observes StartupEvent ev) {
        if (!enabled) return;
        if (QuarkusTransaction.requiringNew().call(() -> Checkpoint.count()) > 0) {
            LOG.info("demo data already present");
            return;
        }
        load();
    }

    public void load() {
        long t0 = System.nanoTime();
        tongliao();
        alxa();
        chifeng();
        LOG.infof("demo data loaded in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }

    void tongliao() {
        for (int i = 1; i <= 33; i++) {
            String[] area = TONGLIAO[(i - 1) % TONGLIAO.length];
            CheckpointKind kind = i % 3 == 0 ? CheckpointKind.COUNTY_ROAD_ENTRANCE : i % 3 == 1 ? CheckpointKind.TRUNK_ROAD : CheckpointKind.EXPRESSWAY_EXIT;
            checkpoints.register(new NewCheckpoint(String.format("TL-EXIT-%02d", i), area[1] + "出区出市通道临时检测站" + i + "号",
                    kind, ROADS[i % ROADS.length], null, null, null, area[0], ALL, null, false, "通辽市传染病医院"));
        }
        for (int i = 1; i <= 33; i++) {
            String[] area = TONGLIAO[(i - 1) % TONGLIAO.length];
            checkpoints.register(new NewCheckpoint(String.format("TL-TOLL-%02d", i), area[1] + "收费站" + i + "号应急物资绿色通道",
                    CheckpointKind.TOLL_STATION, ROADS[i % 2 == 0 ? 0 : 5], null, null, null, area[0], ALL, null, true, "通辽市传染病医院"));
        }
        checkpoints.register(new NewCheckpoint("TL-AIRPORT", "通辽机场体温检测点", CheckpointKind.AIRPORT, null, null,
                new BigDecimal("43.556"), new BigDecimal("122.200"), "150502", Set.of(Agency.TRANSPORT, Agency.HEALTH), null, false, "通辽市传染病医院"));
        checkpoints.register(new NewCheckpoint("TL-RAIL", "通辽火车站体温检测点", CheckpointKind.RAILWAY_STATION, null, null,
                null, null, "150502", Set.of(Agency.TRANSPORT, Agency.HEALTH), null, false, "通辽市传染病医院"));
    }

    void alxa() {
        CheckpointView cp = checkpoints.register(new NewCheckpoint("ALS-YQ-BYGL", "阿拉善右旗巴彦高勒苏木疫情检测卡点",
                CheckpointKind.COUNTY_ROAD_ENTRANCE, "S218 省道", null, null, null, "152922", Set.of(Agency.TRAFFIC_POLICE, Agency.HEALTH),
                null, false, "阿拉善右旗人民医院"));
        // 393 vehicles, 1,150 people: 364 with three aboard, 29 with two
        for (int i = 0; i < 393; i++) {
            int people = i < 364 ? 3 : 2;
            List<NewOccupant> occ = new ArrayList<>();
            for (int k = 0; k < people; k++) {
                occ.add(new NewOccupant(k == 0 ? OccupantRole.DRIVER : OccupantRole.PASSENGER, null, null, null,
                        new BigDecimal("36." + (i + k) % 10)));
            }
            inspections.record(new NewInspection(cp.id(), String.format("蒙M%05d", 10000 + i), i % 5 == 0 ? VehicleKind.TRUCK : VehicleKind.PRIVATE_CAR,
                    "阿拉善右旗", "巴彦高勒苏木", null, occ, null, null, null));
        }
    }

    void chifeng() {
        List<CheckpointView> ring = new ArrayList<>();
        String[][] districts = {{"150402", "红山区"}, {"150403", "元宝山区"}, {"150404", "松山区"}};
        for (int i = 1; i <= 8; i++) {
            String[] d = districts[(i - 1) % 3];
            ring.add(checkpoints.register(new NewCheckpoint(String.format("CF-RING-%02d", i), "赤峰市中心城区环城道路" + d[1] + "出入口" + i + "号",
                    CheckpointKind.CITY_RING_ROAD_EXIT, "中心城区环城路", null, null, null, d[0], ALL, null, false, "赤峰市医院")));
        }
        for (int i = 0; i < CHIFENG_COUNTIES.length; i++) {
            checkpoints.register(new NewCheckpoint(String.format("CF-COUNTY-%02d", i + 1), CHIFENG_COUNTIES[i][1] + "出入口体温检测点",
                    CheckpointKind.COUNTY_ROAD_ENTRANCE, null, null, null, null, CHIFENG_COUNTIES[i][0], ALL, null, false, CHIFENG_COUNTIES[i][1] + "人民医院"));
        }
        OffsetDateTime now = config.now();
        ClosureView c = closures.request(new NewClosure("X512 县道", RoadClass.COUNTY_ROAD, "K12+000 王家营子", "K18+500 三道沟",
                "疫情防控需要，临时中断交通", ClosureMethod.BARRIER, now.minusHours(2), now.plusDays(10), "松山区人民政府"));
        closures.approve(c.id(), new Decision("同意，须由交警部门公告绕行线路"), null);
        closures.publishDetour(c.id(), new NewDetour("经 S206 省道绕行至三道沟", Agency.TRAFFIC_POLICE, "赤峰市公安局交通管理支队"), null);
        closures.request(new NewClosure("Y031 乡道", RoadClass.TOWNSHIP_ROAD, "村口", "K3+200", "外来车辆管控", ClosureMethod.TRAFFIC_CONES,
                now.plusDays(1), null, "喀喇沁旗锦山镇人民政府"));

        passes.issueEmergency(new NewEmergencyPass("蒙D80001", "赤峰市交通运输局", new NewPerson("赵海军", IdCardNumbers.compose("150402", "19800312", 123), "13904761234"),
                "向赤峰市医院运送医用防护物资", "医用防护服 2000 套、N95 口罩 10000 只", "呼和浩特市", "G45 大广高速 → 赤峰市区", "赤峰市医院",
                now.minusHours(1), now.plusDays(3)));
        passes.issueEnterprise(new NewEnterprisePass("蒙D56789", "赤峰市新型冠状病毒感染的肺炎疫情防控工作指挥部", "赤峰某制药有限公司", "原料药 20 吨",
                new NewPerson("钱永胜", IdCardNumbers.compose("150404", "19760521", 45), null), "松山区 → 元宝山区", "元宝山区工业园",
                now.minusHours(1), now.plusDays(14)));
        PassView privateCar = passes.issuePrivateCar(new NewPrivateCarPass("蒙D12345", "红山区长青街道长青社区",
                new NewPerson("李志强", IdCardNumbers.compose("150402", "19870115", 321), "13804761111"),
                List.of(new NewPerson("王丽娟", IdCardNumbers.compose("150402", "19890402", 322), null),
                        new NewPerson("李文博", IdCardNumbers.compose("150402", "20120909", 11), null)),
                "红山区长青社区", "元宝山区平庄镇", config.today().plusDays(1)));

        UUID ringId = ring.get(0).id();
        inspections.record(new NewInspection(ringId, "蒙D80001", VehicleKind.TRUCK, "呼和浩特市", "赤峰市医院",
                passes.code(passes.list(null, null, "蒙D80001", null, new cn.gov.epidemic.kit.web.PageQuery(0, 1, null)).items().get(0).id()),
                List.of(new NewOccupant(OccupantRole.DRIVER, "赵海军", null, null, new BigDecimal("36.4"))), null, null, null));
        inspections.record(new NewInspection(ringId, "蒙D33221", VehicleKind.PRIVATE_CAR, "松山区", "红山区", null,
                List.of(new NewOccupant(OccupantRole.DRIVER, "孙春雷", null, null, new BigDecimal("36.6")),
                        new NewOccupant(OccupantRole.PASSENGER, "孙玉兰", null, null, new BigDecimal("38.1"))), null, null, null));
        inspections.record(new NewInspection(ringId, "蒙D12345", VehicleKind.PRIVATE_CAR, "红山区", "元宝山区", privateCar.code(),
                List.of(new NewOccupant(OccupantRole.DRIVER, "李志强", null, null, new BigDecimal("36.5"))), null,
                "通行证次日起有效，劝返", null));
        LOG.debugf("demo: pass valid for %s", Duration.ofDays(config.pass().privateTripDays()));
    }
}
