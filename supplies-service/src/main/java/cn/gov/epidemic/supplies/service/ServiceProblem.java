package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.problem.ProblemKind;

/** The supplies service's own problem types (the kit's ProblemType has the shared ones); every raise names one. */
public enum ServiceProblem implements ProblemKind {
    ITEM_EXISTS("item-exists", 409, "Item already registered", "物资品目已登记",
            "An item with this code is already in the catalogue; a code is registered once. Find it with GET /items?code=...",
            "该代码的物资品目已在目录中；每个代码只登记一次。可用 GET /items?code=... 查找。"),
    SUPPLIER_EXISTS("supplier-exists", 409, "Supplier already registered", "供应商已登记",
            "A supplier with this name is already registered. Use the registered supplier instead of registering it again.",
            "同名供应商已登记。请使用已登记的供应商，不要重复登记。"),
    WAREHOUSE_EXISTS("warehouse-exists", 409, "Warehouse already registered", "仓库已登记",
            "A warehouse with this code is already registered; a code is registered once.",
            "该代码的仓库已登记；每个代码只登记一次。"),
    RECIPIENT_EXISTS("recipient-exists", 409, "Recipient already registered", "受援单位已登记",
            "A recipient with this name is already registered. Use the registered recipient instead of registering it again.",
            "同名受援单位已登记。请使用已登记的受援单位，不要重复登记。"),
    ORDER_EXISTS("order-exists", 409, "Order reference taken", "采购订单编号已被使用",
            "A procurement order with this reference already exists; a reference names one order. Use another reference, or read the existing order.",
            "已存在使用该编号的采购订单；每个编号只对应一个订单。请使用其他编号，或查询已有订单。"),
    SHIPMENT_EXISTS("shipment-exists", 409, "Shipment reference taken", "货运单编号已被使用",
            "A shipment with this reference already exists; a reference names one shipment. Use another reference, or read the existing shipment.",
            "已存在使用该编号的货运单；每个编号只对应一个货运单。请使用其他编号，或查询已有货运单。"),
    LOT_EXISTS("lot-exists", 409, "Lot number already received", "批号已入库",
            "A lot with this number of this item is already in stock; a lot is received once. Check the lot number on the goods.",
            "该物资的此批号已入库；每个批次只入库一次。请核对货物上的批号。"),
    EXPIRED_ON_RECEIPT("expired-on-receipt", 409, "Lot expired on receipt", "批次到货时已过期",
            "The lot's expiry date is before the day of receipt; expired goods are not taken into stock. Record the line as not received and return or destroy the goods.",
            "该批次的有效期早于到货日期；过期物资不予入库。请将该行记为未收货，并退回或销毁货物。"),
    STANDARD_MISMATCH("standard-mismatch", 409, "Standard does not match", "质量标准不符",
            "A lot is released only against the standard of its item (GB 2626-2006, YY 0469 ...); the conformity check named another one. Hold the lot if it does not conform.",
            "批次只能按其物资品目规定的标准（如 GB 2626-2006、YY 0469）放行；符合性检验所列标准与之不同。如不符合，请扣留该批次。"),
    LOT_EXPIRED("lot-expired", 409, "Lot expired", "批次已过期",
            "The lot is past its expiry date: it is neither released nor allocated. Hold it and dispose of it.",
            "该批次已过有效期，既不能放行也不能分配。请扣留并处置。"),
    LOT_RESERVED("lot-reserved", 409, "Lot has reservations", "批次已有预留",
            "Part of the lot is reserved for recipients; a reserved lot cannot be held. Cancel those reservations first.",
            "该批次部分数量已为受援单位预留，不能扣留。请先取消这些预留。"),
    LOT_NOT_RELEASED("lot-not-released", 409, "Lot not released", "批次未放行",
            "Only released stock moves between warehouses. Release the lot after its conformity check first.",
            "只有已放行的库存才能在仓库间调拨。请先完成符合性检验并放行该批次。"),
    LOT_QUARANTINED("lot-quarantined", 409, "Lot in quarantine", "批次待检",
            "The lot has not passed its conformity check and cannot be allocated. Release it first.",
            "该批次尚未通过符合性检验，不能分配。请先放行。"),
    LOT_HELD("lot-held", 409, "Lot held", "批次已扣留",
            "The lot was held after its conformity check failed; it is never allocated.",
            "该批次因符合性检验不合格已被扣留，不会被分配。"),
    LOT_DIRECTED_ELSEWHERE("lot-directed-elsewhere", 409, "Lot directed to another recipient", "批次为定向捐赠",
            "The lot is a donation directed to another recipient by its donor; it goes only there. Choose another lot.",
            "该批次是捐赠方指定给其他受援单位的定向捐赠，只能分配给该单位。请选择其他批次。"),
    INSUFFICIENT_STOCK("insufficient-stock", 409, "Not enough stock", "库存不足",
            "The warehouse (or lot) does not hold enough released, unexpired stock for the quantity asked; nothing was reserved or moved. The detail gives what is available; ask for less or wait for the next shipment.",
            "该仓库（或批次）已放行且未过期的库存不足所请求的数量；未作任何预留或出入库。详情给出可用数量；请减少数量或等待下一批到货。"),
    NO_OPEN_REQUESTS("no-open-requests", 409, "No open requests", "没有待分配的需求",
            "There is no open supply request for this item to allocate to. Record the recipients' requests first.",
            "该物资没有待分配的需求。请先登记受援单位的需求。"),
    ALLOCATION_PLAN_STALE("allocation-plan-stale", 409, "Plan out of date", "调配方案已过时",
            "A request of the plan was cancelled or allocated since the plan was computed. Compute a new plan.",
            "方案计算之后，其中的需求已被取消或已分配。请重新计算调配方案。"),
    REQUEST_EXCEEDED("request-exceeded", 409, "More than requested", "超出需求数量",
            "A reservation may not exceed what is outstanding on its request. Reserve at most the outstanding quantity the detail gives.",
            "预留数量不得超过该需求尚未满足的数量。请按详情给出的未满足数量预留。"),
    RESERVATION_NOT_ACTIVE("reservation-not-active", 409, "Reservation not active", "预留已失效",
            "Only active reservations are dispatched; this one was cancelled or already dispatched.",
            "只有有效的预留才能调运；该预留已取消或已调运。"),
    RESERVATION_ON_DISPATCH("reservation-on-dispatch", 409, "Reservation on a planned dispatch", "预留已在调运计划中",
            "The reservation is on a planned dispatch. Cancel that dispatch first, or dispatch it.",
            "该预留已列入计划中的调运。请先取消该调运，或执行调运。"),
    PASS_ALREADY_RECORDED("pass-already-recorded", 409, "Another pass is recorded", "已登记其他通行证",
            "The dispatch already carries another emergency-transport pass; a dispatch has one.",
            "该调运已登记另一张应急运输通行证；每次调运只有一张。"),
    PASS_REQUIRED("pass-required", 409, "Emergency-transport pass required", "需要应急运输通行证",
            "A dispatch departs only with its emergency-transport (green-lane) pass. Wait for the pass checkpoint-service issues for it, or record one (POST .../pass).",
            "调运须持应急运输（绿色通道）通行证方可发车。请等待卡口服务签发，或登记通行证（POST .../pass）。"),
    CONSUMPTION_EXISTS("consumption-exists", 409, "Consumption already recorded", "当日消耗已登记",
            "The consumption of this item in this warehouse is already recorded for this day; one record per day.",
            "该仓库该物资当日的消耗已登记；每天登记一次。"),
    NOT_A_MONEY_DONATION("not-a-money-donation", 409, "Not a money donation", "不是资金捐赠",
            "Only money donations are forwarded; donated goods are reserved and dispatched like other stock.",
            "只有资金捐赠才能转拨；捐赠物资按其他库存一样预留和调运。"),
    DONATION_NOT_DIRECTED("donation-not-directed", 409, "Donation not directed", "非定向捐赠",
            "The donation was given into the pool without a named recipient; there is nobody to forward it to.",
            "该捐赠未指定受援单位，已纳入统筹，没有可转拨的对象。"),
    FORWARDING_EXCEEDS_DONATION("forwarding-exceeds-donation", 409, "More than the donation", "超出捐赠金额",
            "What is forwarded of a money donation may not exceed what is left of it. Forward at most the amount the detail gives.",
            "资金捐赠的转拨金额不得超过剩余金额。请按详情给出的金额转拨。");

    private final Definition definition;

    ServiceProblem(String slug, int status, String titleEn, String titleZh, String descriptionEn, String descriptionZh) {
        this.definition = Definition.of(slug, status, titleEn, titleZh, descriptionEn, descriptionZh);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
