package cn.gov.epidemic.supplies.api;

/** The documented bounds of numbers and unpaged lists in responses, true to the columns they come from. */
public final class Bounds {

    /** The largest value of an {@code integer} column. */
    public static final String INT_MAX = "2147483647";
    /** The smallest value of an {@code integer} column (ledger deltas may be negative). */
    public static final String INT_MIN = "-2147483648";
    /** Counts, sums and versions: the largest integer every JSON client reads exactly (2^53 - 1). */
    public static final String COUNT_MAX = "9007199254740991";
    /** The most rows a computed, unpaged list (fulfilment, pipeline, expiry summary, days of cover, trace) is documented to hold. */
    public static final int MAX_ROWS = 10_000;

    private Bounds() {
    }
}
