package cn.gov.epidemic.kit.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total: the shape of every list response in the suite. */
@Schema(description = "A page of results with the total count.")
public record Page<T>(
        @Schema(description = "The items of this page.", maxItems = PageQuery.MAX_SIZE) List<T> items,
        @Schema(description = "Page number, from 0.", examples = "0", minimum = "0", maximum = "100000") int page,
        @Schema(description = "Requested page size.", examples = "20", minimum = "1", maximum = "" + PageQuery.MAX_SIZE) int size,
        @Schema(description = "Items matching the filters, over all pages.", examples = "2010", minimum = "0", maximum = "9007199254740991") long totalItems,
        @Schema(description = "Number of pages.", examples = "101", minimum = "0", maximum = "2147483647") int totalPages) {

    /** Runs a Panache query for the requested page and maps each entity to its response record. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageQuery q, Function<E, T> mapper) {
        long total = query.count();
        List<T> items = query.page(io.quarkus.panache.common.Page.of(q.page(), q.size())).list().stream().map(mapper).toList();
        return new Page<>(items, q.page(), q.size(), total, (int) ((total + q.size() - 1) / q.size()));
    }

    /** A page cut from a list already in memory (small computed views). */
    public static <T> Page<T> ofList(List<T> all, PageQuery q) {
        int from = Math.min(all.size(), q.page() * q.size());
        int to = Math.min(all.size(), from + q.size());
        return new Page<>(List.copyOf(all.subList(from, to)), q.page(), q.size(), all.size(), (all.size() + q.size() - 1) / q.size());
    }
}
