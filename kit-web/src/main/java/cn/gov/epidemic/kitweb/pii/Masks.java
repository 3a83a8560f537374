package cn.gov.epidemic.kitweb.pii;

/**
 * How personal data looks to a caller without the PII role: enough to recognise a record, not to identify a person.
 * ID-card {@code 150102********123X} (region kept, birth date and sequence hidden), phone {@code 138****5678}.
 */
public final class Masks {

    private Masks() {
    }

    public static String idCard(String s) {
        if (s == null) return null;
        if (s.length() < 10) return "*".repeat(s.length());
        return s.substring(0, 6) + "*".repeat(s.length() - 10) + s.substring(s.length() - 4);
    }

    public static String phone(String s) {
        if (s == null) return null;
        if (s.length() < 7) return "*".repeat(s.length());
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }
}
