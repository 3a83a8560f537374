package cn.gov.epidemic.personnel.api;

/**
 * The OpenAPI examples of personnel-service, from the source document's places and figures (Hohhot's plan of 1,400,
 * Xincheng district 150102, Xilingol's screening, Alxa's volunteer team, Hinggan's persuasion stations). Every
 * request example passes the service's own rules (ApiExamplesTest sends each one from the document); the response
 * examples are the answers the service gave to them in that test, and the ids are that run's, so they name each other.
 */
public final class Examples {

    private Examples() {
    }

    public static final String UNIT_ID = "00000000-0000-4000-8000-000000000001";
    public static final String PERSON_ID = "00000000-0000-4000-8000-000000000002";
    public static final String PLAN_ID = "00000000-0000-4000-8000-000000000003";
    public static final String DEPLOYMENT_ID = "00000000-0000-4000-8000-000000000004";
    public static final String TEAM_ID = "00000000-0000-4000-8000-000000000005";
    public static final String POST_ID = "00000000-0000-4000-8000-000000000006";
    public static final String SHIFT_ID = "00000000-0000-4000-8000-000000000007";
    public static final String VISIT_ID = "00000000-0000-4000-8000-000000000008";
    public static final String KEY_PERSON_ID = "00000000-0000-4000-8000-000000000009";
    public static final String FOLLOW_UP_ID = "00000000-0000-4000-8000-00000000000a";
    public static final String WORKER_ID = "00000000-0000-4000-8000-00000000000b";
    public static final String CHECKPOINT_ID = "00000000-0000-4000-8000-00000000000c";
    public static final String REFERRAL_ID = "00000000-0000-4000-8000-00000000000d";

    // ------------------------------------------------------------------ request bodies

    public static final String NEW_DIVISION = "{\"code\": \"150102001001\", \"name\": \"新城区1-1社区\", \"kind\": \"COMMUNITY\", \"parentCode\": \"150102001\", \"households\": 1500}";

    public static final String NEW_UNIT = "{\"name\": \"新城区公安分局\", \"kind\": \"PUBLIC_SECURITY\", \"divisionCode\": \"150102\"}";

    /** ID-card 150102 19850312 123 with its GB 11643 check digit 2 (IdCardNumbers.compose). */
    public static final String NEW_PERSON = "{\"name\": \"王建国\", \"category\": \"POLICE_OFFICER\", \"unitId\": \"" + UNIT_ID + "\", \"partyMember\": true, \"idCardNumber\": \"150102198503121232\", \"phone\": \"13847100001\"}";

    public static final String NEW_PLAN = "{\"name\": \"呼和浩特市政法干警下沉基层防控疫情\", \"issuingAuthority\": \"呼和浩特市委政法委\", \"divisionCode\": \"150100\", \"target\": 1400, \"periodStart\": \"2020-01-28\", \"periodEnd\": \"2020-03-31\", \"quotas\": [{\"unitId\": \"" + UNIT_ID + "\", \"quota\": 31}]}";

    public static final String NEW_DEPLOYMENT = "{\"personId\": \"" + PERSON_ID + "\", \"planId\": \"" + PLAN_ID + "\", \"destinationType\": \"DIVISION\", \"divisionCode\": \"150102001001\", \"workGroup\": \"001号工作组\", \"duties\": [\"PUBLICITY\", \"SCREENING\", \"REGISTRATION\", \"OBSERVATION\", \"ISOLATION\"], \"plannedStart\": \"2020-01-29\", \"activateNow\": true}";

    public static final String NEW_TEAM = "{\"name\": \"南田社区党员志愿服务队\", \"kind\": \"VOLUNTEER_SERVICE_TEAM\", \"divisionCode\": \"152921100001\", \"leaderId\": \"" + PERSON_ID + "\"}";

    public static final String NEW_MEMBER = "{\"personId\": \"" + PERSON_ID + "\", \"role\": \"队长\"}";

    public static final String NEW_POST = "{\"name\": \"永安镇1号文明劝导站\", \"kind\": \"PERSUASION_STATION\", \"divisionCode\": \"152224100201\", \"location\": \"第1村重要路口\"}";

    public static final String NEW_SHIFT = "{\"startsAt\": \"2020-02-03T08:00:00+08:00\", \"endsAt\": \"2020-02-03T16:00:00+08:00\", \"teamId\": \"" + TEAM_ID + "\", \"personId\": \"" + PERSON_ID + "\"}";

    public static final String NEW_VISIT = "{\"divisionCode\": \"152502001001\", \"household\": \"3号楼2单元501\", \"visitedAt\": \"2020-02-02T10:30:00+08:00\", \"workerId\": \"" + WORKER_ID + "\", \"residents\": 3, \"outcome\": \"KEY_PERSON_FOUND\", \"notes\": \"户内1人1月20日自武汉返回,已登记为重点人员\"}";

    /** ID-card 420102 19900101 123 (Wuhan, Jiang'an district) with its check digit 6. */
    public static final String NEW_KEY_PERSON = "{\"name\": \"李明\", \"idCardNumber\": \"420102199001011236\", \"phone\": \"13947100001\", \"category\": \"FROM_WUHAN\", \"cameFrom\": \"湖北省武汉市\", \"arrivedOn\": \"2020-01-20\", \"divisionCode\": \"152502001001\", \"address\": \"宝力根街道第1社区3号楼2单元501\", \"observationStart\": \"2020-01-21\", \"observationDays\": 14, \"sourceReference\": \"宝力根街道第1社区入户排查\"}";

    public static final String PERIOD_CHANGE = "{\"days\": 21, \"reason\": \"同住人员出现发热症状,延长观察\", \"confirmShortening\": false}";

    public static final String NEW_FOLLOW_UP = "{\"day\": \"2020-01-25\", \"temperature\": 36.5, \"symptoms\": []}";

    public static final String RELEASE = "{\"reason\": \"观察期满,无异常\"}";

    public static final String REFERRAL = "{\"hospital\": \"锡林郭勒盟医院\", \"reason\": \"体温37.8℃,咳嗽\"}";

}
