package cn.gov.epidemic.kit.rest;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Map;

/**
 * The one paging convention of the suite: {@code ?page=0&size=20&sort=name,-createdAt}. Pages count from 0,
 * {@code size} is at most {@value #MAX_SIZE}, and {@code sort} lists fields, a leading {@code -} for descending.
 * Used as a {@code @BeanParam}; each list names the fields it can sort by.
 */
public class PageQuery {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    @Parameter(description = "Page number, from 0.", example = "0")
    public Integer page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE + ".", example = "20")
    public Integer size;

    @QueryParam("sort")
    @Pattern(regexp = "-?[A-Za-z]{1,40}(,-?[A-Za-z]{1,40}){0,4}", message = "{epidemic.sort}")
    @Parameter(description = "Sort fields, comma-separated; prefix a field with - for descending order. The operation's description lists the fields.")
    public String sort;

    public PageQuery() {
    }

    public PageQuery(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page == null ? 0 : page;
    }

    public int size() {
        return size == null ? 20 : size;
    }

    /**
     * The Panache sort for the requested fields.
     *
     * @param allowed  API field name → entity attribute; any other field is a 400 naming the allowed ones
     * @param fallback applied when no sort is given, and last, so that paging is stable
     */
    public Sort toSort(Map<String, String> allowed, String fallback) {
        Sort s = null;
        if (sort != null && !sort.isBlank()) {
            java.util.Set<String> named = new java.util.HashSet<>();
            for (String f : sort.split(",")) {
                boolean desc = f.startsWith("-");
                String name = desc ? f.substring(1) : f;
                if (!named.add(name)) { // the document says each field once (uniqueItems); a second order for it means nothing
                    throw ProblemException.validation("sort", Text.format("names '%s' twice", "重复指定了“%s”", name));
                }
                String column = allowed.get(name);
                if (column == null) {
                    String fields = String.join(", ", new java.util.TreeSet<>(allowed.keySet()));
                    throw ProblemException.validation("sort", Text.format("cannot sort by '%s'; allowed: %s", "不能按“%s”排序；可用字段：%s", name, fields));
                }
                s = s == null ? Sort.by(column, desc ? Sort.Direction.Descending : Sort.Direction.Ascending)
                        : s.and(column, desc ? Sort.Direction.Descending : Sort.Direction.Ascending);
            }
        }
        return s == null ? Sort.by(fallback) : s.and(fallback);
    }

    /**
     * {@link #toSort} for a native query: the same check of the requested fields, rendered as an SQL order-by list
     * ({@code l.expiry desc, b.lot_id asc}). Only the allowed map's columns and the fallback can appear in it.
     */
    public String toSqlOrder(Map<String, String> allowed, String fallback) {
        return toSort(allowed, fallback).getColumns().stream()
                .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
