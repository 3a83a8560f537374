package cn.gov.epidemic.kitweb.strict;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Before a resource method runs (and so before any SQL): a query parameter the operation does not declare is refused
 * (a misspelt filter would otherwise list everything), and so is a control character (U+0000-U+001F, U+007F) in any
 * query or path parameter value (PostgreSQL refuses NUL in text with SQL state 22021; the others have no place in a
 * filter or an id). The declared names come from the method's {@code @QueryParam}s and those of its
 * {@code @BeanParam} classes ({@code PageQuery}), looked up once per method.
 */
public class StrictRequestFilter {

    private static final int MAX_LISTED = 10;

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) return;
        List<ProblemException.Violation> violations = new ArrayList<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!query.isEmpty()) {
            Set<String> known = declared.computeIfAbsent(method, m -> queryParams(m, resource.getResourceClass()));
            for (Map.Entry<String, List<String>> e : query.entrySet()) {
                String name = e.getKey();
                if (!known.contains(name)) {
                    violations.add(new ProblemException.Violation(shown(name), known.isEmpty()
                            ? Text.of("unknown parameter; this operation takes no query parameters", "未知参数；该操作不接受查询参数")
                            : Text.format("unknown parameter; this operation takes: %s", "未知参数；该操作可用的参数：%s", String.join(", ", known))));
                } else if (e.getValue().stream().anyMatch(StrictRequestFilter::hasControl)) {
                    violations.add(new ProblemException.Violation(name, ControlCharacters.PARAMETER));
                }
                if (violations.size() >= MAX_LISTED) break;
            }
        }
        request.getUriInfo().getPathParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(StrictRequestFilter::hasControl)) violations.add(new ProblemException.Violation(name, ControlCharacters.PARAMETER));
        });
        if (!violations.isEmpty()) throw ProblemException.validation(violations);
    }

    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.\\-\\[\\]]{1,64}");

    /** A name as sent, if it is a plain identifier; anything else is not echoed (it may be long, or markup). */
    static String shown(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "(a parameter name that is not an identifier)";
    }

    /**
     * The query parameters of the method, including those declared on the same method of an interface or superclass
     * (resources implement {@code api} interfaces that carry the JAX-RS annotations).
     */
    static Set<String> queryParams(Method method, Class<?> resourceClass) {
        Set<String> names = new TreeSet<>();
        List<Method> candidates = new ArrayList<>();
        candidates.add(method);
        collect(resourceClass, method, candidates);
        for (Method m : candidates) {
            Annotation[][] params = m.getParameterAnnotations();
            Class<?>[] types = m.getParameterTypes();
            for (int i = 0; i < params.length; i++) {
                for (Annotation a : params[i]) {
                    if (a instanceof QueryParam q) names.add(q.value());
                    else if (a instanceof RestQuery rq) names.add(rq.value().isEmpty() ? m.getParameters()[i].getName() : rq.value());
                    else if (a instanceof BeanParam) beanParams(types[i], names, 0);
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void collect(Class<?> type, Method method, List<Method> into) {
        if (type == null || type == Object.class) return;
        for (Class<?> c : type.getInterfaces()) {
            try {
                into.add(c.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // this interface does not declare it
            }
            collect(c, method, into);
        }
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            try {
                into.add(type.getSuperclass().getDeclaredMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // not declared there
            }
            collect(type.getSuperclass(), method, into);
        }
    }

    private static void beanParams(Class<?> type, Set<String> names, int depth) {
        if (depth > 4) return;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                RestQuery rq = f.getAnnotation(RestQuery.class);
                if (q != null) names.add(q.value());
                else if (rq != null) names.add(rq.value().isEmpty() ? f.getName() : rq.value());
                else if (f.isAnnotationPresent(BeanParam.class)) beanParams(f.getType(), names, depth + 1);
            }
        }
    }
}
