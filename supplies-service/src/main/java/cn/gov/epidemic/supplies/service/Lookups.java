package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kit.rest.Found;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import java.util.UUID;
import java.util.function.Function;

/** The supplies service's shorthands over the kit's {@link Found} (404 for a path id, 400 for a body id), and its nouns. */
final class Lookups {

    static final Text ALLOCATION_PLAN = Text.of("Allocation plan", "调配方案");
    static final Text DISPATCH = Text.of("Dispatch", "调运");
    static final Text DONATION = Text.of("Donation", "捐赠");
    static final Text ITEM = Text.of("Item", "物资品目");
    static final Text LOT = Text.of("Lot", "批次");
    static final Text ORDER = Text.of("Order", "采购订单");
    static final Text RECIPIENT = Text.of("Recipient", "受援单位");
    static final Text REQUEST = Text.of("Request", "物资需求");
    static final Text RESERVATION = Text.of("Reservation", "预留");
    static final Text SHIPMENT = Text.of("Shipment", "货运单");
    static final Text SUPPLIER = Text.of("Supplier", "供应商");
    static final Text WAREHOUSE = Text.of("Warehouse", "仓库");

    private Lookups() {
    }

    static <T extends PanacheEntityBase> T path(Function<UUID, T> finder, Text kind, UUID id) {
        return Found.inPath(finder, kind, id);
    }

    static <T extends PanacheEntityBase> T field(Function<UUID, T> finder, String field, Text kind, UUID id) {
        return Found.inBody(finder, field, kind, id);
    }

    /** "Dispatch X is DELIVERED and cannot be departed." / "调运 X 处于 DELIVERED 状态，不能发车。" */
    static ProblemException invalidTransition(Text what, Object id, Object state, Text verb) {
        return ProblemException.rule(ProblemType.INVALID_STATE_TRANSITION, Text.of(
                what.en() + " " + id + " is " + state + " and cannot be " + verb.en() + ".",
                what.zh() + " " + id + " 处于 " + state + " 状态，不能" + verb.zh() + "。"));
    }
}
