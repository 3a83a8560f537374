package cn.gov.epidemic.kitweb.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.strict.ControlCharacters;
import org.jboss.resteasy.reactive.ResteasyReactiveClientProblem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

/**
 * Turns any failure into the problem the caller should see, by walking the cause chain (wrappers differ:
 * Hibernate, Narayana, Arc, Quarkus REST all wrap). Returns {@code null} for a server bug (the last-resort 500).
 * Texts are written here, never copied from exception messages, so that no class name or SQL reaches a caller.
 */
public final class ProblemClassifier {

    static final Text NO_SUCH_PATH = Text.of("No resource exists at this path.", "该路径下没有资源。");
    static final Text METHOD_NOT_SUPPORTED = Text.of("This resource does not support the request method.", "该资源不支持此请求方法。");

    private ProblemClassifier() {
    }

    public static ProblemException classify(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) { // an explicit decision by application code wins, however deeply wrapped
            if (t instanceof ProblemException p) return p;
        }
        for (Throwable t : chain) {
            ProblemException p = classifyOne(t);
            if (p != null) return p;
            if (t instanceof InvalidDefinitionException || t instanceof jakarta.validation.ValidationException
                    && !(t instanceof ConstraintViolationException)) {
                return null; // a type or constraint declared wrongly: our bug
            }
        }
        return null;
    }

    private static ProblemException classifyOne(Throwable t) {
        if (t instanceof ConstraintViolationException cve) return violations(cve);
        if (t instanceof WebApplicationException wae) return web(wae);
        if (t instanceof JacksonException je) return jackson(je);
        if (is(t, "io.quarkus.security.AuthenticationFailedException") || is(t, "io.quarkus.security.UnauthorizedException")
                || is(t, "io.quarkus.security.AuthenticationCompletionException")
                || is(t, "io.quarkus.security.AuthenticationRedirectException")) {
            return new ProblemException(ProblemType.UNAUTHORIZED, Text.of(
                    "Send a valid bearer token (Authorization: Bearer <JWT>) issued by the gateway.",
                    "请发送由网关签发的有效 Bearer 令牌（Authorization: Bearer <JWT>）。"));
        }
        if (is(t, "io.quarkus.security.ForbiddenException")) {
            return new ProblemException(ProblemType.FORBIDDEN, Text.of("The caller's roles do not permit this operation.", "调用方的角色无权执行此操作。"));
        }
        if (is(t, "jakarta.persistence.OptimisticLockException") || is(t, "org.hibernate.StaleStateException")) {
            return new ProblemException(ProblemType.CONCURRENT_MODIFICATION, Text.of(
                    "The resource was changed by another request; read it again and retry.", "该资源已被另一请求修改；请重新读取后重试。"));
        }
        if (is(t, "jakarta.persistence.EntityNotFoundException") || is(t, "jakarta.persistence.NoResultException")) {
            return new ProblemException(ProblemType.NOT_FOUND, Text.of("The requested resource does not exist.", "所请求的资源不存在。"));
        }
        if (databaseUnavailable(t)) {
            return new ProblemException(ProblemType.DATABASE_UNAVAILABLE, Text.of(
                    "The database is unavailable or did not answer in time. Retry after the Retry-After delay with the same Idempotency-Key: a write being committed when the database stopped answering may have been made, and the retry then answers with it.",
                    "数据库不可用或未及时应答。请在 Retry-After 指定的时间后使用相同的 Idempotency-Key 重试：若数据库在提交写操作时停止应答，该写操作可能已执行，重试将返回其结果。"));
        }
        if (t instanceof SQLException sql) return sqlState(sql.getSQLState());
        if (t instanceof RejectedExecutionException) {
            return new ProblemException(ProblemType.UNAVAILABLE, Text.of("The service is overloaded; retry later.", "服务过载；请稍后重试。"));
        }
        return null;
    }

    /** Matched by name, so that a service without JPA/Hibernate can use these classes. */
    private static boolean is(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- Bean Validation

    private static ProblemException violations(ConstraintViolationException cve) {
        Set<ConstraintViolation<?>> set = cve.getConstraintViolations();
        if (set == null || set.isEmpty()) return null;
        List<ProblemException.Violation> list = new ArrayList<>(set.size());
        for (ConstraintViolation<?> v : set) {
            if (isReturnValue(v.getPropertyPath())) return null; // the server produced an invalid answer: a bug
            // Hibernate Validator interpolated the message in the request's language (quarkus.locales, Accept-Language)
            list.add(new ProblemException.Violation(fieldOf(v.getPropertyPath()), Text.of(v.getMessage(), v.getMessage())));
        }
        list.sort(Comparator.comparing((ProblemException.Violation v) -> v.field() == null ? "" : v.field())
                .thenComparing(v -> v.message().en()));
        return ProblemException.validation(list);
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.RETURN_VALUE) return true;
        }
        return false;
    }

    /**
     * {@code create.in.lines[0].qty} → {@code lines[0].qty}: the method and the body parameter are dropped; a scalar
     * parameter ({@code get.id}) keeps its name; an entity validated at flush keeps its property path.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        if (!nodes.isEmpty() && (nodes.get(0).getKind() == ElementKind.METHOD || nodes.get(0).getKind() == ElementKind.CONSTRUCTOR)) {
            start = 1;
            if (nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER) start = 2; // a bean parameter: the body
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node n = nodes.get(i);
            if (n.isInIterable()) {
                Object at = n.getIndex() != null ? n.getIndex() : n.getKey();
                if (at != null) sb.append('[').append(at).append(']');
            }
            String name = n.getName();
            if (name != null && !name.startsWith("<") && n.getKind() != ElementKind.BEAN) {
                if (sb.length() > 0) sb.append('.');
                sb.append(name);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    // ---------------------------------------------------------------- JAX-RS

    private static ProblemException web(WebApplicationException wae) {
        if (wae instanceof ResteasyReactiveClientProblem) {
            return null; // a REST client's error from a downstream call: never relayed as our status (Quarkus' rule too)
        }
        Throwable cause = wae.getCause();
        if (cause instanceof JacksonException je) return jackson(je); // Quarkus REST wraps parse errors in a 400
        int status = wae.getResponse() == null ? 500 : wae.getResponse().getStatus();
        if (wae instanceof NotFoundException) {
            // a cause means a path/query parameter failed conversion ("abc" for a long); no cause: no such path
            return cause != null && !(cause instanceof WebApplicationException)
                    ? new ProblemException(ProblemType.INVALID_PARAMETER, Text.of("A path or query parameter has a value of the wrong type or format.",
                    "路径或查询参数的类型或格式错误。"))
                    : new ProblemException(ProblemType.NOT_FOUND, NO_SUCH_PATH);
        }
        if (wae instanceof NotAllowedException) {
            return new ProblemException(ProblemType.METHOD_NOT_ALLOWED, METHOD_NOT_SUPPORTED);
        }
        if (wae instanceof NotSupportedException) {
            return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("The request Content-Type is not accepted by this operation; send application/json.",
                    "该操作不接受请求的 Content-Type；请发送 application/json。"));
        }
        if (wae instanceof NotAcceptableException) {
            return new ProblemException(ProblemType.NOT_ACCEPTABLE, Text.of("This operation cannot produce any media type listed in Accept; it answers with JSON.",
                    "该操作无法提供 Accept 中列出的任何媒体类型；它只返回 JSON。"));
        }
        if (wae instanceof BadRequestException && cause != null && !(cause instanceof WebApplicationException)) {
            return new ProblemException(ProblemType.INVALID_PARAMETER, Text.of("A header or form parameter has a value of the wrong type or format.",
                    "请求头或表单参数的类型或格式错误。"));
        }
        if (status == 400) return new ProblemException(ProblemType.BAD_REQUEST, Text.of("The request is malformed.", "请求格式错误。"));
        for (ProblemType t : ProblemType.values()) {
            if (t.status() == status && t.status() != 409 && t.status() < 500) {
                return new ProblemException(t, Text.of(t.title().en() + ".", t.title().zh() + "。"));
            }
        }
        return status >= 500 ? null : ProblemException.untyped(status, reason(status));
    }

    private static String reason(int status) {
        jakarta.ws.rs.core.Response.Status s = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return s != null ? s.getReasonPhrase() : "HTTP " + status;
    }

    // ---------------------------------------------------------------- Jackson

    private static ProblemException jackson(JacksonException e) {
        if (e instanceof InvalidDefinitionException) return null;
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return new ProblemException(ProblemType.MALFORMED_BODY, Text.of(
                    "The request body exceeds a JSON limit (number length, string length or nesting depth).",
                    "请求体超出 JSON 限制（数字长度、字符串长度或嵌套深度）。"));
        }
        if (e instanceof JsonMappingException jm && !jm.getPath().isEmpty()) {
            return ProblemException.validation(jsonPath(jm.getPath()), bindingMessage(jm));
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            Text type = jsonType(mie.getTargetType());
            return new ProblemException(ProblemType.MALFORMED_BODY, Text.of("The request body must be " + type.en() + ".", "请求体必须是" + type.zh() + "。"));
        }
        if (e instanceof JsonParseException || e instanceof com.fasterxml.jackson.core.exc.StreamReadException) {
            JsonLocation at = e.getLocation();
            boolean known = at != null && at.getLineNr() >= 0;
            return new ProblemException(ProblemType.MALFORMED_BODY, known
                    ? Text.format("The request body is not valid JSON (line %d, column %d).", "请求体不是有效的 JSON（第 %d 行，第 %d 列）。", at.getLineNr(), at.getColumnNr())
                    : Text.of("The request body is not valid JSON.", "请求体不是有效的 JSON。"));
        }
        return new ProblemException(ProblemType.MALFORMED_BODY, Text.of("The request body could not be read as JSON.", "无法将请求体读取为 JSON。"));
    }

    private static Text bindingMessage(JsonMappingException e) {
        if (e instanceof StrictJsonCustomizer.ControlCharacterException) return ControlCharacters.TEXT;
        if (e instanceof InvalidNullException) return Text.of("must not be null", "不得为空值");
        if (e instanceof UnrecognizedPropertyException) return Text.of("is not a known field", "不是可识别的字段");
        if (e.getCause() instanceof InputCoercionException) return Text.of("is out of range", "超出取值范围");
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String values = Arrays.toString(ife.getTargetType().getEnumConstants());
            return Text.of("must be one of " + values, "必须是以下值之一：" + values);
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            Text type = jsonType(mie.getTargetType());
            return Text.of("must be " + type.en(), "必须是" + type.zh());
        }
        return Text.of("has an invalid value", "取值无效");
    }

    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_$\\-]{1,64}");

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                // an unknown field's name is the caller's text: shown only when it is a plain identifier
                sb.append(PLAIN_NAME.matcher(r.getFieldName()).matches() ? r.getFieldName() : "(a field name that is not an identifier)");
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** What a JSON value of type {@code c} must be, for a sentence "must be ..." / "必须是……". */
    static Text jsonType(Class<?> c) {
        if (c.isEnum()) {
            String values = Arrays.toString(c.getEnumConstants());
            return Text.of("one of " + values, "以下值之一：" + values);
        }
        if (CharSequence.class.isAssignableFrom(c) || c == char.class || c == Character.class) return Text.of("a string", "字符串");
        if (c == int.class || c == long.class || c == short.class || c == byte.class || c == Integer.class
                || c == Long.class || c == Short.class || c == Byte.class || c == BigInteger.class) return Text.of("an integer", "整数");
        if (c == double.class || c == float.class || Number.class.isAssignableFrom(c) || c == BigDecimal.class) return Text.of("a number", "数字");
        if (c == boolean.class || c == Boolean.class) return Text.of("a boolean", "布尔值");
        if (c.isArray() || Collection.class.isAssignableFrom(c)) return Text.of("an array", "数组");
        if (c == UUID.class) return Text.of("a UUID", "UUID");
        if (c == LocalDate.class) return Text.of("an ISO 8601 date, e.g. 2026-12-01", "ISO 8601 日期，例如 2026-12-01");
        if (c == LocalTime.class) return Text.of("a time (hh:mm:ss)", "时间（hh:mm:ss）");
        if (c == LocalDateTime.class) return Text.of("a date-time (YYYY-MM-DDThh:mm:ss)", "日期时间（YYYY-MM-DDThh:mm:ss）");
        if (c == Duration.class) return Text.of("an ISO 8601 duration", "ISO 8601 时长");
        if (Temporal.class.isAssignableFrom(c)) return Text.of("an ISO 8601 date-time with offset, e.g. 2026-12-01T08:00:00+08:00",
                "带时区偏移的 ISO 8601 日期时间，例如 2026-12-01T08:00:00+08:00");
        if (Map.class.isAssignableFrom(c)) return Text.of("an object", "对象");
        return Text.of("a JSON object", "JSON 对象");
    }

    // ---------------------------------------------------------------- PostgreSQL (SQLSTATE)

    private static ProblemException sqlState(String state) {
        if (state == null || state.length() != 5) return null;
        if (state.equals("23505")) return ProblemException.conflict(Text.of("A resource with the same unique value already exists.", "已存在具有相同唯一值的资源。"));
        if (state.equals("23503")) {
            return ProblemException.conflict(Text.of("The request refers to a resource that does not exist, or one that is still referenced.",
                    "请求引用了不存在的资源，或所涉资源仍被引用。"));
        }
        if (state.startsWith("23")) return ProblemException.conflict(Text.of("The request conflicts with a data rule of the service.", "请求与服务的数据规则冲突。"));
        if (state.startsWith("22")) {
            return new ProblemException(ProblemType.INVALID_VALUE, Text.of("A value is outside what the service can store (range, length or characters).",
                    "某个值超出了服务可存储的范围（数值范围、长度或字符）。"));
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return new ProblemException(ProblemType.CONCURRENT_MODIFICATION, Text.of("The request collided with a concurrent one; retry it.",
                    "该请求与并发请求冲突；请重试。"));
        }
        return null;
    }

    /**
     * The database, not the request, is at fault: the connection failed or broke (SQLState class 08, including the
     * JDBC socket timeout of a server that hangs), the server is shutting down or starting (57P01-57P03), out of
     * connections (53300), or cancelled a statement at its timeout (57014); or the pool gave no connection within its
     * acquisition timeout (Agroal's SQLException has no SQLState, so it is recognised by where it was thrown).
     */
    public static boolean databaseUnavailable(Throwable t) {
        if (!(t instanceof SQLException sql)) return false;
        String state = sql.getSQLState();
        if (state == null) return thrownBy(sql, "io.agroal.");
        return state.startsWith("08") || state.equals("53300") || state.startsWith("57P") || state.equals("57014");
    }

    private static boolean thrownBy(Throwable t, String packagePrefix) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length > 0 && st[0].getClassName().startsWith(packagePrefix);
    }

    /**
     * The failure, its causes and what they suppressed (Narayana keeps a resource's failure at commit, such as the
     * database's 57P01 shutdown, as a suppressed exception of its RollbackException), breadth first, at most 16.
     */
    private static List<Throwable> chain(Throwable t) {
        List<Throwable> out = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        todo.add(t);
        while (!todo.isEmpty() && out.size() < 16) {
            Throwable c = todo.poll();
            if (seen.put(c, Boolean.TRUE) != null) continue;
            out.add(c);
            if (c.getCause() != null) todo.add(c.getCause());
            if (c instanceof SQLException sql && sql.getNextException() != null) {
                Iterator<Throwable> it = sql.iterator(); // batched statements keep the real cause in getNextException
                while (it.hasNext()) todo.add(it.next());
            }
            for (Throwable s : c.getSuppressed()) todo.add(s);
        }
        return out;
    }
}
