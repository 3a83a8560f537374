package cn.gov.epidemic.demo;

import java.util.Map;

import static cn.gov.epidemic.demo.Api.obj;

/** Generic names, valid ID-card numbers and phone numbers for the people the source does not name; one sequence for the whole load. */
final class People {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "包", "乌", "巴", "其", "宝"};
    private static final String[] GIVEN = {"建国", "志强", "海军", "晓明", "丽娟", "秀英", "俊杰", "文博", "春雷", "玉兰", "永胜", "国华", "敏", "勇", "静", "磊", "军", "芳", "杰", "涛", "格日勒", "巴特尔", "其木格", "乌云", "斯琴", "那仁"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    // not thread-safe on purpose: bodies are made in order on one thread (same names every load), then sent in parallel
    private int seq;

    /** The body of POST /api/v1/personnel/people for the next person of the sequence. */
    Map<String, Object> person(String category, String unitId, String region, boolean partyMember) {
        int s = ++seq;
        String birth = String.valueOf(1965 + s % 35) + String.format("%02d%02d", 1 + s % 12, 1 + s % 28);
        return obj("name", name(), "category", category, "unitId", unitId, "partyMember", partyMember,
                "idCardNumber", idCard(region, birth, s % 1000), "phone", "138" + String.format("%08d", 47000000 + s));
    }

    /** A name made from the current position of the sequence (it does not advance it). */
    String name() {
        int s = seq * 7 + 3;
        return SURNAMES[s % SURNAMES.length] + GIVEN[(s / SURNAMES.length + seq) % GIVEN.length];
    }

    /** A resident ID-card number (GB 11643) from region (6 digits), birth date (yyyyMMdd) and sequence, with its check character. */
    static String idCard(String region, String birth, int sequence) {
        String first17 = region + birth + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return first17 + CHECK[sum % 11];
    }
}
