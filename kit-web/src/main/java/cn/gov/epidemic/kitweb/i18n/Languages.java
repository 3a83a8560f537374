package cn.gov.epidemic.kitweb.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The suite's two languages and the choice between them from {@code Accept-Language} (RFC 9110 §12.5.4): Simplified
 * Chinese by default, the officials' language; English when the caller prefers any {@code en}. A header that cannot
 * be parsed counts as absent: a language preference is never a reason to refuse a request.
 */
public final class Languages {

    public static final Locale ZH = Locale.forLanguageTag("zh-CN");
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ZH, EN);

    private Languages() {
    }

    /** The supported language the header prefers most, or Chinese. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return ZH;
        try {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage)) { // sorted by weight, highest first
                if (r.getWeight() <= 0) continue;
                String range = r.getRange().toLowerCase(Locale.ROOT);
                if (range.equals("en") || range.startsWith("en-")) return EN;
                if (range.equals("zh") || range.startsWith("zh-") || range.equals("*")) return ZH;
            }
        } catch (IllegalArgumentException e) {
            // malformed: as if absent
        }
        return ZH;
    }

    /** The {@code Content-Language} value of an answer in {@code locale}. */
    public static String tag(Locale locale) {
        return EN.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
