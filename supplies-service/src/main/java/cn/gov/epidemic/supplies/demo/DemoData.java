package cn.gov.epidemic.supplies.demo;

import cn.gov.epidemic.supplies.DonationKind;
import cn.gov.epidemic.supplies.Item;
import cn.gov.epidemic.supplies.ItemCategory;
import cn.gov.epidemic.supplies.Priority;
import cn.gov.epidemic.supplies.RecipientKind;
import cn.gov.epidemic.supplies.ShipmentState;
import cn.gov.epidemic.supplies.api.AllocationApi.NewAllocationPlan;
import cn.gov.epidemic.supplies.api.AllocationApi.NewRequest;
import cn.gov.epidemic.supplies.api.AllocationApi.PlanView;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewItem;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewRecipient;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewSupplier;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewWarehouse;
import cn.gov.epidemic.supplies.api.DispatchApi.Delivery;
import cn.gov.epidemic.supplies.api.DispatchApi.NewDispatch;
import cn.gov.epidemic.supplies.api.DispatchApi.PassReference;
import cn.gov.epidemic.supplies.api.DonationApi.NewDonation;
import cn.gov.epidemic.supplies.api.DonationApi.NewDonationLine;
import cn.gov.epidemic.supplies.api.DonationApi.NewForwarding;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewOrder;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewOrderLine;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewShipment;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewShipmentLine;
import cn.gov.epidemic.supplies.api.ShipmentApi.NewTransition;
import cn.gov.epidemic.supplies.api.ShipmentApi.Receipt;
import cn.gov.epidemic.supplies.api.ShipmentApi.ReceiptLine;
import cn.gov.epidemic.supplies.api.ShipmentApi.ShipmentLineView;
import cn.gov.epidemic.supplies.api.ShipmentApi.ShipmentView;
import cn.gov.epidemic.supplies.api.StockApi.LotRelease;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import cn.gov.epidemic.supplies.service.AllocationService;
import cn.gov.epidemic.supplies.service.CatalogueService;
import cn.gov.epidemic.supplies.service.DispatchService;
import cn.gov.epidemic.supplies.service.DonationService;
import cn.gov.epidemic.supplies.service.ShipmentService;
import cn.gov.epidemic.supplies.service.StockService;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo data of the run command, from the source document (a newspaper page of 3 February 2020), loaded through
 * the services on first start so that every record also produces its events:
 * <ul>
 * <li>Bayannur: the first shipment of supplies bought abroad, sent from Ulaanbaatar through the Ganqimaodu port to
 * Linhe and arrived on 1 February 2020 — 1,195 protective suits, 2,000 Turkish disposable medical masks and 10,000
 * Korean N95 respirators — received, released, and allocated to the city's designated fever hospital, a district
 * hospital and banners/counties; the next shipment, planned for the following week: 3,000 suits, 80,000 Turkish
 * masks and "a certain number" of Korean N95 (the source gives no figure: 5,000 here);</li>
 * <li>Ordos: donations of 122 million yuan by 31 January, 102 million of it received by the Red Cross system;
 * donations directed to Wuhan and to the region's front line forwarded in full to the Wuhan and regional Red Cross.</li>
 * </ul>
 * Supplier names, lot numbers, the split of the Ordos total between donations, and the expiry dates (relative to
 * today, so that the stock stays usable) are not in the source and are illustrative.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    @ConfigProperty(name = "epidemic.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    SuppliesConfig config;
    @Inject
    CatalogueService catalogue;
    @Inject
    ShipmentService shipments;
    @Inject
    StockService stock;
    @Inject
    AllocationService allocation;
    @Inject
    DispatchService dispatches;
    @Inject
    DonationService donations;

    void onStart(@Observes StartupEvent ev) {
        if (!enabled) return;
        if (QuarkusTransaction.requiringNew().call(() -> Item.count()) > 0) {
            LOG.info("demo data already present");
            return;
        }
        load();
    }

    /** Loads everything; the caller makes sure it is not there yet. */
    public void load() {
        long t0 = System.nanoTime();
        bayannur();
        ordos();
        LOG.infof("demo data loaded in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private static OffsetDateTime at(int month, int day, int hour) {
        return OffsetDateTime.of(2020, month, day, hour, 0, 0, 0, CST);
    }

    void bayannur() {
        LocalDate today = config.today();
        UUID suit = catalogue.registerItem(new NewItem("PPE-SUIT", "医用一次性防护服 (protective suit)", ItemCategory.PROTECTIVE_CLOTHING, "set", "GB 19082-2009")).id();
        UUID mask = catalogue.registerItem(new NewItem("MASK-DISP", "一次性使用医用口罩 (disposable medical mask)", ItemCategory.MASK, "piece", "YY/T 0969-2013 / EN 14683")).id();
        UUID n95 = catalogue.registerItem(new NewItem("N95", "N95 口罩 (N95 respirator)", ItemCategory.RESPIRATOR, "piece", "GB 2626-2006 KN95 / NIOSH N95")).id();
        catalogue.registerItem(new NewItem("GOGGLES", "医用护目镜 (goggles)", ItemCategory.EYE_PROTECTION, "piece", "GB 14866-2006"));
        catalogue.registerItem(new NewItem("THERMO-IR", "红外额温枪 (infrared thermometer)", ItemCategory.THERMOMETER, "piece", "GB/T 21417.1-2008"));
        UUID mn = catalogue.registerSupplier(new NewSupplier("Ulaanbaatar medical supplies distributor (demo)", "MN", "Ulaanbaatar")).id();
        catalogue.registerSupplier(new NewSupplier("Turkish mask manufacturer (demo)", "TR", "Istanbul"));
        catalogue.registerSupplier(new NewSupplier("Korean respirator manufacturer (demo)", "KR", "Seoul"));
        UUID linhe = catalogue.registerWarehouse(new NewWarehouse("BYN-LINHE", "巴彦淖尔市应急物资储备库（临河）", "150802")).id();

        UUID order = shipments.placeOrder(new NewOrder(mn, "BYN-2020-PO-001", LocalDate.of(2020, 1, 27), "CNY", List.of(
                new NewOrderLine(suit, 4195, null), new NewOrderLine(mask, 82000, null), new NewOrderLine(n95, 15000, null)))).id();

        // the first shipment, arrived 1 February 2020
        ShipmentView first = shipments.plan(new NewShipment(order, mn, "BYN-2020-SH-001", "Ulaanbaatar, MN", "甘其毛都口岸 (Ganqimaodu)", linhe,
                "中蒙跨境公路运输 (demo carrier)", LocalDate.of(2020, 2, 1), List.of(
                new NewShipmentLine(suit, 1195, "MN-PPE-200128", today.plusYears(2)),
                new NewShipmentLine(mask, 2000, "TR-MASK-200120", today.plusYears(2)),
                new NewShipmentLine(n95, 10000, "KR-N95-200115", today.plusYears(3)))));
        shipments.transition(first.id(), null, new NewTransition(ShipmentState.DISPATCHED, at(1, 30, 9), "从乌兰巴托发出"));
        shipments.transition(first.id(), null, new NewTransition(ShipmentState.AT_PORT, at(1, 31, 15), "抵达甘其毛都口岸"));
        shipments.transition(first.id(), null, new NewTransition(ShipmentState.CUSTOMS_CLEARED, at(2, 1, 9), "海关快速验放"));
        shipments.transition(first.id(), null, new NewTransition(ShipmentState.ARRIVED, at(2, 1, 16), "运抵临河"));
        ShipmentView received = shipments.receive(first.id(), null, new Receipt(at(2, 1, 18), List.of(
                new ReceiptLine(1, 1195, null, null, null, null), new ReceiptLine(2, 2000, null, null, null, null),
                new ReceiptLine(3, 10000, null, null, null, null))));
        Map<UUID, String> standards = Map.of(suit, "GB 19082-2009", mask, "YY/T 0969-2013 / EN 14683", n95, "GB 2626-2006 KN95 / NIOSH N95");
        for (ShipmentLineView l : received.lines()) {
            stock.release(l.lotId(), null, new LotRelease(standards.get(l.itemId()), "CIQ-150800-2020-0201-" + l.lineNo()));
        }

        // the next shipment, expected the following week through the same port
        shipments.plan(new NewShipment(order, mn, "BYN-2020-SH-002", "Ulaanbaatar, MN", "甘其毛都口岸 (Ganqimaodu)", linhe,
                "中蒙跨境公路运输 (demo carrier)", LocalDate.of(2020, 2, 10), List.of(
                new NewShipmentLine(suit, 3000, null, null), new NewShipmentLine(mask, 80000, null, null), new NewShipmentLine(n95, 5000, null, null))));

        // recipients: the designated fever hospital, a district hospital, banners/counties/districts
        Map<String, UUID> r = new HashMap<>();
        r.put("fever", catalogue.registerRecipient(new NewRecipient("巴彦淖尔市医院（定点救治医院）", RecipientKind.HOSPITAL, "150802")).id());
        r.put("linheHospital", catalogue.registerRecipient(new NewRecipient("临河区人民医院（发热门诊）", RecipientKind.HOSPITAL, "150802")).id());
        String[][] divisions = {{"150802", "临河区"}, {"150821", "五原县"}, {"150822", "磴口县"}, {"150823", "乌拉特前旗"},
                {"150824", "乌拉特中旗"}, {"150825", "乌拉特后旗"}, {"150826", "杭锦后旗"}};
        for (String[] d : divisions) r.put(d[0], catalogue.registerRecipient(new NewRecipient(d[1], RecipientKind.DIVISION, d[0])).id());

        // N95 is scarce: 13,000 asked for, 10,000 there
        UUID rq = allocation.submit(new NewRequest(r.get("fever"), n95, 4000, Priority.DESIGNATED_FEVER_HOSPITAL, LocalDate.of(2020, 2, 2), "隔离病区及发热门诊")).id();
        allocation.submit(new NewRequest(r.get("linheHospital"), n95, 3000, Priority.FRONTLINE_CLINIC, LocalDate.of(2020, 2, 2), "发热门诊"));
        allocation.submit(new NewRequest(r.get("150821"), n95, 2000, Priority.OTHER, null, "卡口及社区防控"));
        allocation.submit(new NewRequest(r.get("150823"), n95, 2000, Priority.OTHER, null, "卡口及社区防控"));
        allocation.submit(new NewRequest(r.get("150826"), n95, 2000, Priority.OTHER, null, "卡口及社区防控"));
        allocation.submit(new NewRequest(r.get("150821"), suit, 300, Priority.OTHER, null, "县医院储备"));
        PlanView plan = allocation.propose(new NewAllocationPlan(n95, linhe, null, null));
        plan = allocation.approve(plan.id(), null);
        UUID feverReservation = plan.lines().stream().filter(l -> l.requestId().equals(rq)).findFirst().orElseThrow().reservationId();
        UUID wuyuanReservation = plan.lines().stream().filter(l -> l.recipientId().equals(r.get("150821"))).findFirst().orElseThrow().reservationId();

        // the fever hospital's N95 delivered; Wuyuan's dispatch waits for its emergency-transport pass
        OffsetDateTime now = config.now();
        UUID d1 = dispatches.plan(new NewDispatch(List.of(feverReservation), "蒙L·A1234", "驾驶员甲", "临河应急物资库 → 巴彦淖尔市医院", now.plusHours(1))).id();
        dispatches.recordPass(d1, null, new PassReference(UUID.nameUUIDFromBytes("demo-pass-1".getBytes()), "EP-150800-DEMO-0001"));
        dispatches.depart(d1, null);
        dispatches.deliver(d1, null, new Delivery("市医院物资科", null));
        dispatches.plan(new NewDispatch(List.of(wuyuanReservation), "蒙L·B5678", "驾驶员乙", "临河 → G7 京新高速 → 五原县", now.plusHours(3)));
    }

    void ordos() {
        UUID wuhan = catalogue.registerRecipient(new NewRecipient("武汉市红十字会", RecipientKind.ORGANISATION, "420100")).id();
        UUID region = catalogue.registerRecipient(new NewRecipient("内蒙古自治区红十字会", RecipientKind.ORGANISATION, "150000")).id();
        UUID warehouse = catalogue.registerWarehouse(new NewWarehouse("ORD-DONGSHENG", "鄂尔多斯市应急物资储备库（东胜）", "150602")).id();
        String redCross = "鄂尔多斯市红十字会";
        LocalDate jan31 = LocalDate.of(2020, 1, 31);
        UUID toWuhan = money("社会各界定向捐赠（武汉）", redCross, "40000000.00", wuhan, "定向捐赠武汉市疫情防控", jan31);
        UUID toRegion = money("社会各界定向捐赠（自治区一线）", redCross, "12000000.00", region, "定向捐赠自治区疫情防控一线", jan31);
        money("社会各界捐赠（非定向）", redCross, "50000000.00", null, "由市、旗区疫情防控指挥部依法依规调配使用", jan31);
        money("企业及个人捐赠（非定向）", "鄂尔多斯市慈善总会", "18000000.00", null, null, jan31);
        UUID mask = QuarkusTransaction.requiringNew().call(() -> Item.<Item>find("code", "MASK-DISP").firstResult().id);
        donations.receive(new NewDonation("企业捐赠物资", DonationKind.GOODS, jan31, "鄂尔多斯市疫情防控指挥部", "150600",
                new BigDecimal("2000000.00"), "CNY", false, null, "医用口罩", List.of(
                new NewDonationLine(mask, warehouse, 100000, "ORD-DON-200131", config.today().plusYears(2)))));
        donations.forward(toWuhan, new NewForwarding(new BigDecimal("40000000.00"), jan31, "全额汇至武汉市红十字会"));
        donations.forward(toRegion, new NewForwarding(new BigDecimal("12000000.00"), jan31, "全额汇至自治区红十字会"));
    }

    private UUID money(String donor, String receivedBy, String amount, UUID directedTo, String purpose, LocalDate on) {
        return donations.receive(new NewDonation(donor, DonationKind.MONEY, on, receivedBy, "150600", new BigDecimal(amount), "CNY",
                directedTo != null, directedTo, purpose, null)).id();
    }
}
