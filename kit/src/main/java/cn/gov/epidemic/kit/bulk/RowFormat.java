package cn.gov.epidemic.kit.bulk;

import java.util.function.Function;

/**
 * How a bulk import reads its rows: a JSON array of {@code json} records (the single POST's body, or a row that
 * holds it), or CSV whose header names the fields of the flat record {@code csv}, mapped to a row by {@code fromCsv}.
 */
public record RowFormat<R, C>(Class<R> json, Class<C> csv, Function<C, R> fromCsv) {

    /** A flat row: the same record in JSON and in CSV. */
    public static <R> RowFormat<R, R> flat(Class<R> type) {
        return new RowFormat<>(type, type, Function.identity());
    }

    public static <R, C> RowFormat<R, C> of(Class<R> json, Class<C> csv, Function<C, R> fromCsv) {
        return new RowFormat<>(json, csv, fromCsv);
    }
}
