package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.problem.ProblemKind;

/** The personnel service's own problem types (the kit's ProblemType has the shared ones); every raise names one. */
public enum ServiceProblem implements ProblemKind {
    DIVISION_EXISTS("division-exists", 409, "Division already registered", "行政区划已登记",
            "A division with this code (GB/T 2260) is already registered; a code is registered once. Read it with GET /divisions/{code}.",
            "该代码（GB/T 2260）的行政区划已登记；每个代码只登记一次。可通过 GET /divisions/{code} 查询。"),
    UNIT_EXISTS("unit-exists", 409, "Unit already registered", "单位已登记",
            "A source unit with this name is already registered. Use the registered unit (find it with GET /units?name=...) instead of registering it again.",
            "同名的派出单位已登记。请使用已登记的单位（可用 GET /units?name=... 查找），不要重复登记。"),
    ID_CARD_NUMBER_TAKEN("id-card-number-taken", 409, "ID-card number already registered", "身份证号码已登记",
            "Another person is registered with this ID-card number; a person is registered once. Find that person and update them instead.",
            "已有其他人员使用该身份证号码登记；每人只登记一次。请查找该人员并更新其信息。"),
    DESTINATION_NOT_GRASSROOTS("destination-not-grassroots", 409, "Destination is not at the grassroots", "派驻地不是基层",
            "People are deployed to a sumu, town or subdistrict, or to a gacha, village or community, not to a league, city or banner. Name a division at the grassroots level.",
            "人员派驻到苏木、乡镇、街道或嘎查、村、社区，而不是盟市或旗县区。请指定基层行政区划。"),
    PERSON_ALREADY_DEPLOYED("person-already-deployed", 409, "Person already on an active deployment", "人员已在岗",
            "The person already has an active deployment; a person serves at one place at a time. Relieve the active deployment before activating another.",
            "该人员已有在岗的部署；每人同一时间只在一处值守。请先解除当前部署，再启用新的部署。"),
    ALREADY_TEAM_MEMBER("already-team-member", 409, "Already a member", "已是队伍成员",
            "The person is already a member of this team. Nothing needs to be done; to change the role, remove the member and add them again.",
            "该人员已是此队伍成员，无需再次加入；如需更换角色，请先移出再重新加入。"),
    OBSERVATION_PERIOD_UNCHANGED("observation-period-unchanged", 409, "Observation period unchanged", "观察期未变",
            "The observation already lasts the number of days asked for. Send another number of days, or nothing.",
            "观察期已是所请求的天数。请发送不同的天数，或无需操作。"),
    OBSERVATION_SHORTENING_UNCONFIRMED("observation-shortening-unconfirmed", 409, "Shortening not confirmed", "缩短观察期未经确认",
            "Shortening an observation must be confirmed: send confirmShortening=true with the new number of days.",
            "缩短观察期须经确认：请在新天数之外同时发送 confirmShortening=true。"),
    OBSERVATION_SHORTENING_TOO_FAR("observation-shortening-too-far", 409, "Observation cannot end in the past", "观察期不能在今天之前结束",
            "With the number of days asked for, the observation would have ended before today. Choose a number of days that ends today or later, or release the person.",
            "按所请求的天数，观察期将在今天之前结束。请选择在今天或之后结束的天数，或直接解除观察。"),
    FOLLOW_UP_EXISTS("follow-up-exists", 409, "Follow-up already recorded", "当日随访已记录",
            "A follow-up of this key person is already recorded for this day; one is recorded per day. Record the next day's.",
            "该重点人员当日的随访已记录；每天记录一次。请记录次日的随访。"),
    OBSERVATION_ENDED("observation-ended", 409, "Observation already ended", "观察已结束",
            "The key person's observation has ended (released or referred); it cannot be changed or followed up any more.",
            "该重点人员的观察已结束（已解除或已转诊），不能再修改或随访。"),
    OBSERVATION_NOT_COMPLETE("observation-not-complete", 409, "Observation period not complete", "观察期未满",
            "A key person is released only after the whole observation period; the detail gives the first day release is possible. Refer the person instead if their health requires it.",
            "重点人员须观察期满方可解除；详情给出可以解除的最早日期。如健康状况需要，请改为转诊。");

    private final Definition definition;

    ServiceProblem(String slug, int status, String titleEn, String titleZh, String descriptionEn, String descriptionZh) {
        this.definition = Definition.of(slug, status, titleEn, titleZh, descriptionEn, descriptionZh);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
