package cn.gov.epidemic.testkit.contracts;

import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Pact body of a consumer's record: every field the record declares, matched by type (recursively through nested
 * records and lists), with the example's values; a field the record's Bean Validation constraints require may not be
 * null, any other field must be present but may be null.
 */
final class MessageBodies {

    /** ISO-8601 date and time with an offset, as Jackson writes OffsetDateTime, ZonedDateTime and Instant. */
    static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})(\\[[^\\]]+\\])?";
    static final String LOCAL_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?";
    static final String NOT_BLANK = "(?s).*\\S.*";

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private MessageBodies() {
    }

    static PactDslJsonBody of(Object example) {
        PactDslJsonBody body = new PactDslJsonBody();
        fill(body, example.getClass(), MAPPER.valueToTree(example), example.getClass().getSimpleName());
        return body;
    }

    private static void fill(PactDslJsonBody body, Class<?> record, JsonNode example, String path) {
        if (!record.isRecord()) throw new IllegalArgumentException(path + ": a consumer's event data is a record, not " + record.getName());
        for (RecordComponent c : record.getRecordComponents()) {
            Field field = field(record, c.getName());
            if (field.isAnnotationPresent(JsonIgnore.class)) continue;
            JsonProperty renamed = field.getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
            String at = path + "." + name;
            JsonNode value = example.get(name);
            if (value == null || value.isNull()) {
                throw new IllegalArgumentException("the example leaves " + at + " null: give every field a value, so that the pact shows its type");
            }
            Class<?> type = c.getType();
            boolean required = type.isPrimitive() || has(field, NotNull.class) || has(field, NotBlank.class) || has(field, NotEmpty.class);
            if (type.isRecord()) {
                PactDslJsonBody nested = body.object(name);
                fill(nested, type, value, at);
                nested.closeObject();
            } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
                list(body, name, element(c), value, at);
            } else {
                MatchingRule rule = rule(type, field, at);
                Object v = scalar(value);
                if (required) body.or(name, v, rule);
                else body.or(name, v, rule, PM.nullValue());
            }
        }
    }

    private static void list(PactDslJsonBody body, String name, Class<?> element, JsonNode example, String at) {
        if (!example.isArray() || example.isEmpty()) {
            throw new IllegalArgumentException("the example's " + at + " is empty: give it one element, so that the pact shows its type");
        }
        JsonNode first = example.get(0);
        if (element.isRecord()) {
            PactDslJsonBody each = body.eachLike(name);
            fill(each, element, first, at + "[]");
            each.closeObject().closeArray();
        } else {
            body.eachLike(name, root(element, first, at + "[]"), 1);
        }
    }

    private static PactDslJsonRootValue root(Class<?> type, JsonNode value, String at) {
        if (type == String.class) return PactDslJsonRootValue.stringType(value.asText());
        if (type == UUID.class) return PactDslJsonRootValue.uuid(value.asText());
        if (integral(type)) return PactDslJsonRootValue.integerType(value.asLong());
        if (decimal(type)) return PactDslJsonRootValue.numberType(value.numberValue());
        if (type == Boolean.class || type == boolean.class) return PactDslJsonRootValue.booleanType(value.asBoolean());
        if (type.isEnum()) return PactDslJsonRootValue.stringMatcher(constants(type), value.asText());
        if (dateTime(type)) return PactDslJsonRootValue.stringMatcher(DATE_TIME, value.asText());
        if (type == LocalDate.class) return PactDslJsonRootValue.stringMatcher("\\d{4}-\\d{2}-\\d{2}", value.asText());
        throw new IllegalArgumentException(at + ": a list of " + type.getName() + " has no matcher here");
    }

    private static MatchingRule rule(Class<?> type, Field field, String at) {
        Pattern pattern = field.getAnnotation(Pattern.class);
        if (type == String.class && pattern != null) return PM.stringMatcher(pattern.regexp());
        if (type == String.class && has(field, NotBlank.class)) return PM.stringMatcher(NOT_BLANK);
        if (type == String.class || type == char.class || type == Character.class) return PM.stringType();
        if (type == UUID.class) return PM.uuid();
        if (integral(type)) return PM.integerType();
        if (decimal(type)) return PM.numberType();
        if (type == Boolean.class || type == boolean.class) return PM.booleanType();
        if (type.isEnum()) return PM.stringMatcher(constants(type));
        if (dateTime(type)) return PM.stringMatcher(DATE_TIME);
        if (type == LocalDateTime.class) return PM.stringMatcher(LOCAL_DATE_TIME);
        if (type == LocalDate.class) return PM.date("yyyy-MM-dd");
        throw new IllegalArgumentException(at + ": " + type.getName() + " has no matcher here (a record, a list, a scalar, UUID, an enum or a java.time value)");
    }

    private static Object scalar(JsonNode value) {
        if (value.isNumber()) return value.numberValue();
        if (value.isBoolean()) return value.booleanValue();
        return value.asText();
    }

    /** The consumer's enum constants: a producer sending any other value fails the consumer's binding, so the pact says so. */
    private static String constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> java.util.regex.Pattern.quote(((Enum<?>) e).name()))
                .collect(Collectors.joining("|"));
    }

    private static boolean integral(Class<?> t) {
        return t == Integer.class || t == int.class || t == Long.class || t == long.class || t == Short.class
                || t == short.class || t == BigInteger.class;
    }

    private static boolean decimal(Class<?> t) {
        return t == BigDecimal.class || t == Double.class || t == double.class || t == Float.class || t == float.class;
    }

    private static boolean dateTime(Class<?> t) {
        return t == OffsetDateTime.class || t == ZonedDateTime.class || t == Instant.class;
    }

    private static Class<?> element(RecordComponent c) {
        if (c.getType().isArray()) return c.getType().getComponentType();
        Type g = c.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e) return e;
        throw new IllegalArgumentException(c.getName() + ": a list needs its element type");
    }

    private static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A constraint on the record component, whether Java put it on the field or on its type (TYPE_USE). */
    private static boolean has(AnnotatedElement field, Class<? extends Annotation> constraint) {
        return field.isAnnotationPresent(constraint) || ((Field) field).getAnnotatedType().isAnnotationPresent(constraint);
    }
}
