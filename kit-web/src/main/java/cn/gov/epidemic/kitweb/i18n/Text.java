package cn.gov.epidemic.kitweb.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A message in the suite's two languages, Simplified Chinese and English; the kit picks one per request from
 * {@code Accept-Language}. Arguments are formatted as {@link String#format} does, with {@link Locale#ROOT} so that
 * numbers never change shape with the language.
 */
public record Text(String en, String zh) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    /**
     * Both templates formatted with the same arguments; in the Chinese one a {@link Labelled} constant is shown by its
     * label and its name ({@code 已送达（DELIVERED）}), so that the sentence reads in Chinese and still names the value.
     */
    public static Text format(String en, String zh, Object... args) {
        Object[] zhArgs = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Labelled l && args[i] instanceof Enum<?> e) {
                if (zhArgs == args) zhArgs = args.clone();
                zhArgs[i] = l.zh() + "（" + e.name() + "）";
            }
        }
        return new Text(String.format(Locale.ROOT, en, args), String.format(Locale.ROOT, zh, zhArgs));
    }

    /** The message in the given language: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
