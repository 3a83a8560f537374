package cn.gov.epidemic.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every RestAssured request of every test sends {@code Accept-Language: en}, so that the tests' assertions on English
 * titles, details and messages hold while the services answer in Chinese by default; a test of the default language
 * sends its own header (kept) or uses another client. Registered for every test class by JUnit's extension autodetection
 * (the parent pom turns it on; {@code META-INF/services}). RestAssured's filters are a static of the class loader
 * that loaded RestAssured: a {@code @QuarkusTest} runs with Quarkus' own, so the filter is added there too.
 */
public class EnglishRequests implements BeforeAllCallback, BeforeEachCallback {

    public static final String HEADER = "Accept-Language";
    public static final String VALUE = "en";

    @Override
    public void beforeAll(ExtensionContext context) {
        apply(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        apply(context);
    }

    private static void apply(ExtensionContext context) {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        loaders.add(EnglishRequests.class.getClassLoader());
        context.getTestClass().ifPresent(c -> loaders.add(c.getClassLoader()));
        context.getTestInstance().ifPresent(i -> loaders.add(i.getClass().getClassLoader()));
        loaders.add(Thread.currentThread().getContextClassLoader());
        for (ClassLoader cl : loaders) {
            if (cl != null) set(cl);
        }
    }

    /**
     * Adds, once per class loader, a RestAssured filter that sends the header when the request has none (a filter, not
     * a default specification: that would also fix the port before Quarkus sets it, and could not be overridden).
     */
    private static void set(ClassLoader cl) {
        try {
            Class<?> restAssured = Class.forName("io.restassured.RestAssured", true, cl);
            Class<?> filter = Class.forName("io.restassured.filter.Filter", true, cl);
            List<?> installed = (List<?>) restAssured.getMethod("filters").invoke(null);
            for (Object f : installed) {
                if (Proxy.isProxyClass(f.getClass()) && Proxy.getInvocationHandler(f) instanceof AddHeader) return;
            }
            Object ours = Proxy.newProxyInstance(cl, new Class<?>[] {filter}, new AddHeader());
            Object rest = java.lang.reflect.Array.newInstance(filter, 0);
            restAssured.getMethod("filters", filter, rest.getClass()).invoke(null, ours, rest);
        } catch (ClassNotFoundException e) {
            // no RestAssured in this class loader: nothing to set
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot add RestAssured's Accept-Language filter", e);
        }
    }

    /** {@code filter(request, response, context)}: the header when absent, then the next filter. */
    private static final class AddHeader implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (!method.getName().equals("filter")) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "EnglishRequests";
                    default -> null;
                };
            }
            Object request = args[0];
            Object headers = request.getClass().getMethod("getHeaders").invoke(request);
            boolean has = (Boolean) headers.getClass().getMethod("hasHeaderWithName", String.class).invoke(headers, HEADER);
            if (!has) request.getClass().getMethod("header", String.class, Object.class, Object[].class).invoke(request, HEADER, VALUE, new Object[0]);
            Object ctx = args[2];
            Method next = ctx.getClass().getMethod("next", method.getParameterTypes()[0], method.getParameterTypes()[1]);
            next.setAccessible(true);
            return next.invoke(ctx, args[0], args[1]);
        }
    }
}
