package cn.gov.epidemic.kit.web;

import java.util.HashMap;
import java.util.Map;

/**
 * The optional filters of a list, as a Panache query: each filter whose value is null is left out.
 * {@code Filter.where().eq("kind", kind).contains("name", name)} → {@code "1 = 1 and kind = :p0 and name like :p1 escape '\'"}.
 * Field names come from code, never from the caller; values are always bound parameters.
 */
public final class Filter {

    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    private Filter() {
    }

    public static Filter where() {
        return new Filter();
    }

    /** {@code field = value}, when the value is given. */
    public Filter eq(String field, Object value) {
        if (value != null) query.append(" and ").append(field).append(" = :").append(bind(value));
        return this;
    }

    /** {@code field} contains {@code text} literally (% and _ in it match only themselves), when given. */
    public Filter contains(String field, String text) {
        if (text != null && !text.isEmpty()) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.append(" and ").append(field).append(" like :").append(bind("%" + escaped + "%")).append(" escape '\\'");
        }
        return this;
    }

    private String bind(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }

    public String query() {
        return query.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
