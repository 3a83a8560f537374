package cn.gov.epidemic.kit.rest;

import java.util.HashMap;
import java.util.Map;

/**
 * The optional filters of a list, as a Panache query: each filter whose value is null is left out.
 * {@code Filter.where().eq("kind", kind).contains("name", name)} → {@code "1 = 1 and kind = :p0 and name like :p1 escape '\'"}.
 * Field names come from code, never from the caller; values are always bound parameters.
 */
public final class Filter {

    /** The description of every {@code divisionCode} filter: what {@link #within} matches. */
    public static final String WITHIN_DIVISION = "A GB/T 2260 division code (6 digits for a province, city or county, 9 for a town, "
            + "12 for a village): matches that division and every division under it, e.g. 150100 (Hohhot) finds 150102 (Xincheng "
            + "District) and its towns and villages; 150000 finds all of Inner Mongolia.";

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

    /** {@code field} contains {@code text} literally (% and _ in it match only themselves), ignoring case, when given. */
    public Filter contains(String field, String text) {
        if (text != null && !text.isEmpty()) {
            query.append(" and lower(").append(field).append(") like lower(:").append(bind("%" + escape(text) + "%")).append(") escape '\\'");
        }
        return this;
    }

    /** The division {@code code} or any division under it ({@link #WITHIN_DIVISION}), when given. */
    public Filter within(String field, String code) {
        if (code != null) query.append(" and ").append(field).append(" like :").append(bind(divisionPattern(code))).append(" escape '\\'");
        return this;
    }

    /**
     * The LIKE pattern of a division and everything under it: GB/T 2260 pads a province's or city's code with zeros
     * (Inner Mongolia 150000, Hohhot 150100; a county's town 150102000 would be the county itself), so those zeros are
     * not part of the prefix its subdivisions share: 150100 → {@code 1501%}, 150102 → {@code 150102%}.
     */
    public static String divisionPattern(String code) {
        String prefix = code;
        if (prefix.length() == 12 && prefix.endsWith("000")) prefix = prefix.substring(0, 9);
        if (prefix.length() == 9 && prefix.endsWith("000")) prefix = prefix.substring(0, 6);
        if (prefix.length() == 6 && prefix.endsWith("00")) prefix = prefix.substring(0, 4);
        if (prefix.length() == 4 && prefix.endsWith("00")) prefix = prefix.substring(0, 2);
        return escape(prefix) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
