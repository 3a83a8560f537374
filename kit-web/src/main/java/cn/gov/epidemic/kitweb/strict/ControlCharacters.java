package cn.gov.epidemic.kitweb.strict;

import cn.gov.epidemic.kitweb.i18n.Text;

/** The suite's one rule for control characters, with its messages: JSON text may hold TAB, LF and CR, parameters none. */
public final class ControlCharacters {

    public static final Text TEXT = Text.of("must not contain control characters (U+0000 to U+001F other than tab, line feed and carriage return, or U+007F)",
            "不得包含控制字符（除制表符、换行符、回车符外的 U+0000 至 U+001F，以及 U+007F）");
    public static final Text PARAMETER = Text.of("must not contain control characters (U+0000 to U+001F, U+007F)",
            "不得包含控制字符（U+0000 至 U+001F、U+007F）");

    private ControlCharacters() {
    }

    /** True when {@code s} has a C0 control other than TAB, LF, CR, or DEL: refused in JSON strings. */
    public static boolean inText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) return true;
        }
        return false;
    }
}
