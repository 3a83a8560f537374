package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Life of an inbound shipment: PLANNED → DISPATCHED → AT_PORT → CUSTOMS_CLEARED (or HELD, then CUSTOMS_CLEARED) →
 * ARRIVED → RECEIVED. RECEIVED is reached only by recording the receipt.
 */
public enum ShipmentState implements Labelled {
    PLANNED("计划中"), DISPATCHED("已发运"), AT_PORT("已抵口岸"), CUSTOMS_CLEARED("已通关"), HELD("海关扣留"), ARRIVED("已运抵"), RECEIVED("已验收入库");

    private final String zh;

    ShipmentState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }

    private static final Map<ShipmentState, Set<ShipmentState>> NEXT = Map.of(
            PLANNED, EnumSet.of(DISPATCHED),
            DISPATCHED, EnumSet.of(AT_PORT),
            AT_PORT, EnumSet.of(CUSTOMS_CLEARED, HELD),
            HELD, EnumSet.of(CUSTOMS_CLEARED),
            CUSTOMS_CLEARED, EnumSet.of(ARRIVED),
            ARRIVED, EnumSet.of(RECEIVED),
            RECEIVED, EnumSet.noneOf(ShipmentState.class));

    public boolean canGoTo(ShipmentState next) {
        return NEXT.get(this).contains(next);
    }

    public Set<ShipmentState> next() {
        return NEXT.get(this);
    }

    /** Still on its way: counted as expected in the stock outlook, not as on hand. */
    public boolean inbound() {
        return this != RECEIVED;
    }
}
