package cn.gov.epidemic.kitweb.problem;

import cn.gov.epidemic.kitweb.i18n.Text;

/** Violation messages that many services' rules share, worded once. */
public final class Violations {

    public static final Text NOT_IN_FUTURE = Text.of("must not be in the future", "不得晚于当前时间");
    public static final Text NOT_IN_FUTURE_DAY = Text.of("must not be in the future", "不得晚于今天");

    private Violations() {
    }

    /** "must be after {other}" / "必须晚于 {other}": an interval's end and its start. */
    public static Text after(String other) {
        return Text.of("must be after " + other, "必须晚于 " + other);
    }

    /** "must not be before {other}" / "不得早于 {other}". */
    public static Text notBefore(String other) {
        return Text.of("must not be before " + other, "不得早于 " + other);
    }
}
