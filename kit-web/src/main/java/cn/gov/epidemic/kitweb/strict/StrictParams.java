package cn.gov.epidemic.kitweb.strict;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads path, query and header parameters as the OpenAPI document describes them, and refuses anything else with a
 * {@code validation} problem whose violation names the parameter and the expected format: booleans only
 * {@code true}/{@code false} (JAX-RS' {@code Boolean.valueOf} reads {@code yes} as false), dates and instants only in
 * ISO 8601, UUIDs, integers, enum constants (listing them). Quarkus REST asks the providers before its own converters
 * and passes the parameter's annotations, which is where the name comes from.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    static final Text BOOLEAN = Text.of("must be true or false", "必须是 true 或 false");
    static final Text DATE = Text.of("must be an ISO 8601 date, e.g. 2026-12-01", "必须是 ISO 8601 日期，例如 2026-12-01");
    static final Text DATE_TIME = Text.of("must be an ISO 8601 date-time, e.g. 2026-12-01T08:00:00+08:00 (with its offset; URL-encode the + as %2B)",
            "必须是 ISO 8601 日期时间，例如 2026-12-01T08:00:00+08:00（须带时区偏移；+ 需编码为 %2B）");
    static final Text UUID_FORMAT = Text.of("must be a UUID, e.g. 3f2b8c4e-9a7d-4e21-8b6f-0c5d2e1a9f47",
            "必须是 UUID，例如 3f2b8c4e-9a7d-4e21-8b6f-0c5d2e1a9f47");
    static final Text INTEGER = Text.of("must be an integer", "必须是整数");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) return null;
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, BOOLEAN, s -> switch (s) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException();
            });
        }
        if (rawType == LocalDate.class) return (ParamConverter<T>) converter(name, DATE, LocalDate::parse);
        if (rawType == OffsetDateTime.class) return (ParamConverter<T>) converter(name, DATE_TIME, OffsetDateTime::parse);
        if (rawType == Instant.class) return (ParamConverter<T>) converter(name, DATE_TIME, s -> OffsetDateTime.parse(s).toInstant());
        if (rawType == UUID.class) return (ParamConverter<T>) converter(name, UUID_FORMAT, StrictParams::uuid);
        if (rawType == Integer.class || rawType == int.class) return (ParamConverter<T>) converter(name, INTEGER, Integer::valueOf);
        if (rawType == Long.class || rawType == long.class) return (ParamConverter<T>) converter(name, INTEGER, Long::valueOf);
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String values = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            return (ParamConverter<T>) converter(name, Text.of("must be one of " + values, "必须是以下值之一：" + values),
                    s -> Enum.valueOf(type, s));
        }
        return null;
    }

    /** The canonical 8-4-4-4-12 hexadecimal form only ({@code UUID.fromString} also takes {@code 1-2-3-4-5}). */
    static UUID uuid(String s) {
        if (s.length() != 36) throw new IllegalArgumentException();
        return UUID.fromString(s);
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) return null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) return q.value();
            if (a instanceof PathParam p) return p.value();
            if (a instanceof HeaderParam h) return h.value();
            if (a instanceof CookieParam c) return c.value();
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Text expected, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) return null;
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) { // NumberFormatException is one too
                    throw ProblemException.validation(name, expected);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
