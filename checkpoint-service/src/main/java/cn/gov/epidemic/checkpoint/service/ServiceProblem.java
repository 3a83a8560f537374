package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.kitweb.problem.ProblemKind;

/** The checkpoint service's own problem types (the kit's ProblemType has the shared ones); every raise names one. */
public enum ServiceProblem implements ProblemKind {
    CHECKPOINT_CODE_TAKEN("checkpoint-code-taken", 409, "Checkpoint code taken", "卡口编码已被使用",
            "A checkpoint with this code is already registered; a code names one checkpoint. Use another code, or read the existing checkpoint.",
            "已有使用该编码的卡口；每个编码只对应一个卡口。请使用其他编码，或查询已有卡口。"),
    CHECKPOINT_NOT_OPEN("checkpoint-not-open", 409, "Checkpoint not open", "卡口未开放",
            "Inspections are recorded only at an OPEN checkpoint. Open the checkpoint (POST .../state) or record the inspection at the checkpoint that is open.",
            "只有处于开放（OPEN）状态的卡口才能登记检查。请先开放卡口（POST .../state），或在已开放的卡口登记。"),
    TRUNK_ROAD_CLOSURE_REFUSED("trunk-road-closure-refused", 409, "Expressways and trunk roads may not be closed", "不得封闭高速公路、阻断国省干线",
            "Expressways and national or provincial trunk roads may not be closed or interrupted; set up a monitoring point (checkpoint) there instead.",
            "不得封闭高速公路、阻断国省干线；请改为在该处设立检测点（卡口）。"),
    HARD_ISOLATION_REFUSED("hard-isolation-refused", 409, "Hard isolation refused", "不得采取硬隔离",
            "Roads may not be closed by hard isolation (piling up earth, digging the road up); use a barrier, cones, signage or a staffed checkpoint.",
            "不得采取堆填、挖断等硬隔离方式封闭道路；请使用路障、锥桶、标志或设卡值守。"),
    CLOSURE_SELF_APPROVAL("closure-self-approval", 409, "A request cannot be approved by its requester", "申请人不能审批自己的申请",
            "A road closure is decided by an approver other than the client that requested it. Ask another approver (closure:approve) to decide.",
            "道路封闭申请须由申请方以外的审批人决定。请由其他审批人（closure:approve）审批。"),
    DETOUR_NOT_BY_TRAFFIC_POLICE("detour-not-by-traffic-police", 409, "Detour must be announced by the traffic police", "绕行线路须由公安交警部门发布",
            "The detour of a road closure is announced by the traffic police (公安交警部门对外发布绕行线路公告). Name the traffic police as the announcing body.",
            "道路封闭的绕行线路由公安交警部门对外发布公告。请将公安交警部门填为发布单位。"),
    DETOUR_ALREADY_PUBLISHED("detour-already-published", 409, "Detour already published", "绕行线路已发布",
            "The closure's detour is already announced; an announced detour is not replaced.",
            "该封闭的绕行线路已发布；已公告的绕行线路不能替换。"),
    ONE_VEHICLE_ONE_MATTER_ONE_PASS("one-vehicle-one-matter-one-pass", 409, "One vehicle, one matter, one pass", "一车一事一证",
            "The vehicle already has an emergency-transport pass in force for this period (一车一事一证). Revoke that pass or wait for it to end.",
            "该车辆在此期间已有有效的应急运输通行证（一车一事一证）。请先吊销该通行证或待其到期。"),
    PRIVATE_PASS_ISSUE_DAY("private-pass-issue-day", 409, "Issued only on the day before departure", "仅在出发前一天核发",
            "A city road pass for a private car is issued on the day before departure (出发前一天核发). Apply again on that day.",
            "私家车城市道路通行证在出发前一天核发。请在当天再申请。"),
    TOO_MANY_PASSENGERS("too-many-passengers", 409, "Too many passengers", "随车人员过多",
            "A city road pass lists a limited number of passengers besides the driver (控制随车人员数量); the detail gives the limit.",
            "城市道路通行证所列随车人员（驾驶员除外）有数量限制（控制随车人员数量）；详情给出上限。"),
    PASS_NOT_ONE_TRIP("pass-not-one-trip", 409, "Not a one-trip pass", "不是单次通行证",
            "Only a city road pass for a private car ends with its arrival. End another pass by revoking it.",
            "只有私家车城市道路通行证在抵达时终止。其他通行证请通过吊销终止。");

    private final Definition definition;

    ServiceProblem(String slug, int status, String titleEn, String titleZh, String descriptionEn, String descriptionZh) {
        this.definition = Definition.of(slug, status, titleEn, titleZh, descriptionEn, descriptionZh);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
