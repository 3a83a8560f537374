package cn.gov.epidemic.kit.pii;

/** Resident ID-card numbers (GB 11643-1999): 17 digits and a check character computed with ISO 7064 MOD 11-2. */
public final class IdCardNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCardNumbers() {
    }

    /** True for 18 characters: 17 digits, then the right check digit or X; a valid-looking birth date. */
    public static boolean isValid(String s) {
        if (s == null || s.length() != 18) return false;
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') return false;
        }
        int month = Integer.parseInt(s.substring(10, 12));
        int day = Integer.parseInt(s.substring(12, 14));
        if (month < 1 || month > 12 || day < 1 || day > 31) return false;
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
