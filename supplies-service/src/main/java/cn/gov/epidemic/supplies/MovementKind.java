package cn.gov.epidemic.supplies;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/** The kinds of stock-ledger rows. */
public enum MovementKind implements Labelled {
    RECEIPT("到货入库"), RELEASE("检验放行"), HOLD("封存"), RESERVATION("预留"), RESERVATION_CANCELLED("取消预留"), DISPATCH("调运出库"), TRANSFER_OUT("调出"), TRANSFER_IN("调入"), ADJUSTMENT("库存调整"), DONATION_RECEIPT("捐赠入库");

    private final String zh;

    MovementKind(String zh) {
        this.zh = zh;
    }

    @Override
    public String zh() {
        return zh;
    }
}
