package cn.gov.epidemic.kitweb.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Resident ID-card numbers (GB 11643-1999): a 6-digit area code (GB/T 2260), the birth date (yyyyMMdd), a 3-digit
 * sequence and a check character computed with ISO 7064 MOD 11-2. Checked: the area code's first two digits are a
 * real province-level code and its prefecture and county digits are not {@code 00}; the birth date exists, is not
 * before 1900 and not after today (China time); the check character. The full list of some 3,200 county codes is
 * not checked: it changes every year (counties merge, districts are renamed), and a number keeps the code of the
 * county where it was first issued, so a code retired since is still on valid cards.
 */
public final class IdCardNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** GB/T 2260 province-level codes of the 31 provinces, autonomous regions and municipalities. */
    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    /**
     * The area codes of the residence permits for Hong Kong, Macao and Taiwan residents (GB 11643 numbers issued since
     * 2018): the whole region, no prefecture or county digits. 71 (Taiwan in GB/T 2260) is never issued on a card.
     */
    static final Set<String> PERMIT_AREAS = Set.of("810000", "820000", "830000");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private IdCardNumbers() {
    }

    /** True for 18 characters: 17 ASCII digits (area, birth date, sequence as above), then the right check digit or X. */
    public static boolean isValid(String s) {
        if (s == null || s.length() != 18) return false;
        for (int i = 0; i < 17; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        boolean area = PERMIT_AREAS.contains(s.substring(0, 6))
                || (PROVINCES.contains(s.substring(0, 2)) && !s.startsWith("00", 2) && !s.startsWith("00", 4));
        if (!area) return false;
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now(CHINA))) return false;
        return Character.toUpperCase(s.charAt(17)) == checkChar(s.substring(0, 17));
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK[sum % 11];
    }

    /** A full number from region (6 digits), birth date (yyyyMMdd) and sequence (3 digits): demo and test data. */
    public static String compose(String region, String birth, int sequence) {
        String first17 = region + birth + String.format("%03d", sequence % 1000);
        return first17 + checkChar(first17);
    }
}
