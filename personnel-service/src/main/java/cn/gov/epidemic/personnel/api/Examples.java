package cn.gov.epidemic.personnel.api;

/**
 * The OpenAPI examples of personnel-service, from the source document's places and figures (Hohhot's plan of 1,400,
 * Xincheng district 150102, Xilingol's screening, Alxa's volunteer team, Hinggan's persuasion stations). Every
 * request example passes the service's own rules (ApiExamplesTest sends each one from the document); the response
 * examples are the answers the service gave to them in that test (members that were null left out, since the
 * schemas do not declare null), and the ids are that run's, so that the examples name each other.
 */
public final class Examples {

    private Examples() {
    }

    public static final String UNIT_ID = "459b691b-4dbf-4be0-935e-c443150c6eb1";
    public static final String PERSON_ID = "27b3e66f-89fd-48bb-9813-4c572b89aadf";
    public static final String PLAN_ID = "44653014-4e29-4465-b243-ee2ad0e1fe22";
    public static final String DEPLOYMENT_ID = "928d3fde-2505-445a-87d4-2181e47f5061";
    public static final String TEAM_ID = "7fe62e2b-89c7-44d5-bfe7-22769ad7c1c4";
    public static final String POST_ID = "e0c51e03-90f8-4c29-8e3c-97f37f60e904";
    public static final String SHIFT_ID = "5fddf37f-525a-487f-b1f0-1e4b1973bb29";
    public static final String VISIT_ID = "3584ed5e-9524-4478-9961-7e51baa1c259";
    public static final String KEY_PERSON_ID = "2296bbf7-7ba1-4ca4-ae13-5d4250d7f475";
    public static final String FOLLOW_UP_ID = "28be732f-a05d-41ff-8a6a-7dd6590a7e40";
    public static final String WORKER_ID = "5404e676-f18a-4a1b-be68-021fe5b9dc2e";
    public static final String CHECKPOINT_ID = "b045ad70-0915-4769-8c42-127638cf7886";
    public static final String REFERRAL_ID = "e23be22a-aadd-4f1f-b3b9-12e306211496";

    // ------------------------------------------------------------------ request bodies

    public static final String NEW_DIVISION = "{\"code\": \"150102001006\", \"name\": \"新城区1-6社区\", \"kind\": \"COMMUNITY\", \"parentCode\": \"150102001\", \"households\": 1500}";

    public static final String NEW_UNIT = "{\"name\": \"新城区综合行政执法局\", \"kind\": \"LAW_ENFORCEMENT_BUREAU\", \"divisionCode\": \"150102\"}";

    /** ID-card 150102 (Xincheng) 19780615 061 with its GB 11643 check digit 8 (IdCardNumbers.compose). */
    public static final String NEW_PERSON = "{\"name\": \"王建国\", \"category\": \"LAW_ENFORCEMENT_OFFICER\", \"unitId\": \"" + UNIT_ID + "\", \"partyMember\": true, \"idCardNumber\": \"150102197806150618\", \"phone\": \"13847199001\"}";

    public static final String NEW_PLAN = "{\"name\": \"呼和浩特市政法干警下沉基层防控疫情\", \"issuingAuthority\": \"呼和浩特市委政法委\", \"divisionCode\": \"150100\", \"target\": 1400, \"periodStart\": \"2020-01-28\", \"periodEnd\": \"2020-03-31\", \"quotas\": [{\"unitId\": \"" + UNIT_ID + "\", \"quota\": 31}]}";

    public static final String NEW_DEPLOYMENT = "{\"personId\": \"" + PERSON_ID + "\", \"planId\": \"" + PLAN_ID + "\", \"destinationType\": \"DIVISION\", \"divisionCode\": \"150102001001\", \"workGroup\": \"001号工作组\", \"duties\": [\"PUBLICITY\", \"SCREENING\", \"REGISTRATION\", \"OBSERVATION\", \"ISOLATION\"], \"plannedStart\": \"2020-01-29\", \"activateNow\": true}";

    public static final String NEW_TEAM = "{\"name\": \"南田社区党员志愿服务队\", \"kind\": \"VOLUNTEER_SERVICE_TEAM\", \"divisionCode\": \"152921100001\", \"leaderId\": \"" + PERSON_ID + "\"}";

    public static final String NEW_MEMBER = "{\"personId\": \"" + PERSON_ID + "\", \"role\": \"队长\"}";

    public static final String NEW_POST = "{\"name\": \"永安镇1号文明劝导站\", \"kind\": \"PERSUASION_STATION\", \"divisionCode\": \"152224100201\", \"location\": \"第1村重要路口\"}";

    public static final String NEW_SHIFT = "{\"startsAt\": \"2020-02-03T08:00:00+08:00\", \"endsAt\": \"2020-02-03T16:00:00+08:00\", \"teamId\": \"" + TEAM_ID + "\", \"personId\": \"" + PERSON_ID + "\"}";

    public static final String NEW_VISIT = "{\"divisionCode\": \"152502001001\", \"household\": \"3号楼2单元501\", \"visitedAt\": \"2020-02-02T10:30:00+08:00\", \"workerId\": \"" + WORKER_ID + "\", \"residents\": 3, \"outcome\": \"KEY_PERSON_FOUND\", \"notes\": \"户内1人1月20日自武汉返回,已登记为重点人员\"}";

    /** ID-card 420102 19900101 123 (Wuhan, Jiang'an district) with its check digit 6. */
    public static final String NEW_KEY_PERSON = "{\"name\": \"李明\", \"idCardNumber\": \"420102199001011236\", \"phone\": \"13947100001\", \"category\": \"FROM_WUHAN\", \"cameFrom\": \"湖北省武汉市\", \"arrivedOn\": \"2020-01-20\", \"divisionCode\": \"152502001001\", \"address\": \"宝力根街道第1社区3号楼2单元501\", \"observationStart\": \"2020-01-21\", \"observationDays\": 14, \"sourceReference\": \"宝力根街道第1社区入户排查\"}";

    /** Two Hohhot officers with their deployments (ID-cards 150102 19810305 062 and 150105 19850917 041 with their check digits). */
    public static final String PEOPLE_IMPORT = "[{\"person\": {\"name\": \"张志刚\", \"category\": \"POLICE_OFFICER\", \"unitId\": \"" + UNIT_ID + "\", \"partyMember\": true, \"idCardNumber\": \"150102198103050623\", \"phone\": \"13847199002\"},"
            + " \"deployments\": [{\"planId\": \"" + PLAN_ID + "\", \"destinationType\": \"DIVISION\", \"divisionCode\": \"150102001001\", \"workGroup\": \"001号工作组\", \"duties\": [\"SCREENING\", \"REGISTRATION\", \"PUBLIC_ORDER\"], \"plannedStart\": \"2020-01-29\", \"activateNow\": true}]},"
            + " {\"person\": {\"name\": \"李春明\", \"category\": \"JUSTICE_OFFICIAL\", \"unitId\": \"" + UNIT_ID + "\", \"partyMember\": false, \"idCardNumber\": \"150105198509170413\", \"phone\": \"13847199003\"},"
            + " \"deployments\": [{\"planId\": \"" + PLAN_ID + "\", \"destinationType\": \"DIVISION\", \"divisionCode\": \"150102001001\", \"workGroup\": \"001号工作组\", \"duties\": [\"PUBLICITY\", \"SCREENING\"], \"plannedStart\": \"2020-01-29\", \"activateNow\": false}]}]";

    /** The same import as CSV: the header line, then one line per person with at most one deployment (ID-card 150102 19900412 083). */
    public static final String PEOPLE_IMPORT_CSV = ImportApi.PEOPLE_CSV_HEADER + "\n"
            + "王丽华,JUSTICE_OFFICIAL," + UNIT_ID + ",true,150102199004120838,13847199004," + PLAN_ID + ",DIVISION,150102001001,,002号工作组,SCREENING;REGISTRATION,2020-01-29,true\n";

    public static final String VISITS_IMPORT = "[{\"divisionCode\": \"152502001001\", \"household\": \"3号楼2单元502\", \"visitedAt\": \"2020-02-02T10:45:00+08:00\", \"workerId\": \"" + WORKER_ID + "\", \"residents\": 4, \"outcome\": \"NO_RISK\"},"
            + " {\"divisionCode\": \"152502001001\", \"household\": \"3号楼2单元601\", \"visitedAt\": \"2020-02-02T11:00:00+08:00\", \"workerId\": \"" + WORKER_ID + "\", \"residents\": 0, \"outcome\": \"NOBODY_HOME\", \"notes\": \"家中无人,次日再访\"}]";

    public static final String VISITS_IMPORT_CSV = "divisionCode,household,visitedAt,workerId,residents,outcome,notes\n"
            + "152502001001,3号楼2单元701,2020-02-02T11:15:00+08:00," + WORKER_ID + ",2,NO_RISK,\n";

    public static final String PERIOD_CHANGE = "{\"days\": 21, \"reason\": \"同住人员出现发热症状,延长观察\", \"confirmShortening\": false}";

    public static final String NEW_FOLLOW_UP = "{\"day\": \"2020-01-25\", \"temperature\": 36.5, \"symptoms\": []}";

    public static final String RELEASE = "{\"reason\": \"观察期满,无异常\"}";

    public static final String REFERRAL = "{\"hospital\": \"锡林郭勒盟医院\", \"reason\": \"体温37.8℃,咳嗽\"}";

    // ------------------------------------------------------------------ responses (as answered, ids replaced by the constants above)

    public static final String DIVISION = "{\"code\": \"150102001006\", \"name\": \"新城区1-6社区\", \"kind\": \"COMMUNITY\", \"level\": 4, \"parentCode\": \"150102001\", \"households\": 1500}";

    public static final String UNIT = "{\"id\": \"" + UNIT_ID + "\", \"name\": \"新城区综合行政执法局\", \"kind\": \"LAW_ENFORCEMENT_BUREAU\", \"divisionCode\": \"150102\"}";

    public static final String PERSON = "{\"id\": \"" + PERSON_ID + "\", \"name\": \"王建国\", \"category\": \"LAW_ENFORCEMENT_OFFICER\", \"unitId\": \"" + UNIT_ID + "\", \"partyMember\": true, \"idCardNumber\": \"150102********0618\", \"phone\": \"138****9001\", \"piiMasked\": true, \"createdAt\": \"2026-12-01T13:30:52.700991788Z\", \"version\": 0}";

    public static final String PLAN = "{\"id\": \"" + PLAN_ID + "\", \"name\": \"呼和浩特市政法干警下沉基层防控疫情\", \"issuingAuthority\": \"呼和浩特市委政法委\", \"divisionCode\": \"150100\", \"target\": 1400, \"periodStart\": \"2020-01-28\", \"periodEnd\": \"2020-03-31\", \"quotas\": [{\"unitId\": \"" + UNIT_ID + "\", \"quota\": 31}], \"version\": 0}";

    public static final String PLAN_PROGRESS = "{\"planId\": \"" + PLAN_ID + "\", \"name\": \"呼和浩特市政法干警下沉基层防控疫情\", \"target\": 1400, \"deployed\": 1, \"active\": 1, \"relieved\": 0, \"planned\": 0, \"percentOfTarget\": 0.1, \"byUnit\": [{\"unitId\": \"" + UNIT_ID + "\", \"unitName\": \"新城区综合行政执法局\", \"quota\": 31, \"deployed\": 1, \"percentOfQuota\": 3.2}], \"byDestination\": [{\"divisionCode\": \"150102001001\", \"divisionName\": \"新城区1-1社区\", \"deployed\": 1}]}";

    public static final String DEPLOYMENT = "{\"id\": \"" + DEPLOYMENT_ID + "\", \"personId\": \"" + PERSON_ID + "\", \"personName\": \"王建国\", \"planId\": \"" + PLAN_ID + "\", \"destinationType\": \"DIVISION\", \"divisionCode\": \"150102001001\", \"workGroup\": \"001号工作组\", \"duties\": [\"OBSERVATION\", \"REGISTRATION\", \"ISOLATION\", \"PUBLICITY\", \"SCREENING\"], \"state\": \"ACTIVE\", \"plannedStart\": \"2020-01-29\", \"activatedAt\": \"2026-12-01T13:30:52.976747274Z\", \"createdAt\": \"2026-12-01T13:30:52.948206607Z\", \"version\": 1}";

    public static final String TEAM = "{\"id\": \"" + TEAM_ID + "\", \"name\": \"南田社区党员志愿服务队\", \"kind\": \"VOLUNTEER_SERVICE_TEAM\", \"divisionCode\": \"152921100001\", \"leaderId\": \"" + PERSON_ID + "\", \"members\": 1, \"createdAt\": \"2026-12-01T13:30:53.04738Z\", \"version\": 0}";

    public static final String TEAM_MEMBER = "{\"personId\": \"" + PERSON_ID + "\", \"name\": \"王建国\", \"category\": \"LAW_ENFORCEMENT_OFFICER\", \"role\": \"队长\", \"joinedAt\": \"2026-12-01T13:30:53.101277163Z\"}";

    public static final String DUTY_POST = "{\"id\": \"" + POST_ID + "\", \"name\": \"永安镇1号文明劝导站\", \"kind\": \"PERSUASION_STATION\", \"divisionCode\": \"152224100201\", \"location\": \"第1村重要路口\", \"version\": 0}";

    public static final String SHIFT = "{\"id\": \"" + SHIFT_ID + "\", \"postId\": \"" + POST_ID + "\", \"startsAt\": \"2020-02-03T00:00:00Z\", \"endsAt\": \"2020-02-03T08:00:00Z\", \"teamId\": \"" + TEAM_ID + "\", \"personId\": \"" + PERSON_ID + "\"}";

    public static final String COVERAGE = "{\"postId\": \"" + POST_ID + "\", \"postName\": \"永安镇1号文明劝导站\", \"date\": \"2020-02-03\", \"zone\": \"Asia/Shanghai\", \"coveredMinutes\": 480, \"fullyCovered\": false, \"gaps\": [{\"from\": \"2020-02-03T00:00:00+08:00\", \"to\": \"2020-02-03T08:00:00+08:00\", \"minutes\": 480}, {\"from\": \"2020-02-03T16:00:00+08:00\", \"to\": \"2020-02-04T00:00:00+08:00\", \"minutes\": 480}]}";

    public static final String SCREENING_VISIT = "{\"id\": \"" + VISIT_ID + "\", \"divisionCode\": \"152502001001\", \"household\": \"3号楼2单元501\", \"visitedAt\": \"2020-02-02T02:30:00Z\", \"workerId\": \"" + WORKER_ID + "\", \"residents\": 3, \"outcome\": \"KEY_PERSON_FOUND\", \"notes\": \"户内1人1月20日自武汉返回,已登记为重点人员\"}";

    public static final String SCREENING_COVERAGE = "{\"divisionCode\": \"152502\", \"divisionName\": \"锡林浩特市\", \"villagesAndCommunities\": 1, \"villagesAndCommunitiesScreened\": 1, \"householdsRegistered\": 100, \"householdsVisited\": 1, \"visits\": 1, \"percentHouseholdsVisited\": 1.0, \"keyPersonsFound\": 1, \"workers\": 1}";

    public static final String KEY_PERSON = "{\"id\": \"" + KEY_PERSON_ID + "\", \"name\": \"李明\", \"idCardNumber\": \"420102********1236\", \"phone\": \"139****0001\", \"category\": \"FROM_WUHAN\", \"cameFrom\": \"湖北省武汉市\", \"arrivedOn\": \"2020-01-20\", \"divisionCode\": \"152502001001\", \"address\": \"宝力根街道第1社区3号楼2单元501\", \"observationStart\": \"2020-01-21\", \"observationDays\": 14, \"observationEnd\": \"2020-02-03\", \"state\": \"UNDER_OBSERVATION\", \"sourceReference\": \"宝力根街道第1社区入户排查\", \"assignedTo\": [], \"piiMasked\": true, \"version\": 0}";

    public static final String FOLLOW_UP = "{\"id\": \"" + FOLLOW_UP_ID + "\", \"keyPersonId\": \"" + KEY_PERSON_ID + "\", \"day\": \"2020-01-25\", \"temperature\": 36.5, \"fever\": false, \"symptoms\": [], \"recordedAt\": \"2026-12-01T13:30:53.370820683Z\", \"recordedBy\": \"test-client\", \"piiMasked\": false}";

    public static final String OBSERVATION_CHANGE = "{\"changedAt\": \"2026-12-01T13:30:53.428698Z\", \"changedBy\": \"test-client\", \"oldDays\": 14, \"newDays\": 21, \"reason\": \"同住人员出现发热症状,延长观察\"}";

}
