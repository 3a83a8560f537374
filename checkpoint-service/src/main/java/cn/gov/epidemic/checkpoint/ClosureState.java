package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/**
 * REQUESTED → APPROVED (approved, no detour published yet) → IN_EFFECT (approved and detour published; the detour may
 * come first) → LIFTED; or REQUESTED → REJECTED. Only IN_EFFECT closes the road.
 */
public enum ClosureState implements Labelled {
    REQUESTED("已申请"), APPROVED("已批准"), IN_EFFECT("已实施"), REJECTED("已驳回"), LIFTED("已解除");

    private final String zh;

    ClosureState(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
