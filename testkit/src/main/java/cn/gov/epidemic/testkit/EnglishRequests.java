package cn.gov.epidemic.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every RestAssured request of every test sends {@code Accept-Language: en}, so that the tests' assertions on English
 * titles, details and messages hold while the services answer in Chinese by default; a test of the default language
 * sends its own header or uses another client. Registered for every test class by JUnit's extension autodetection
 * (the parent pom turns it on; {@code META-INF/services}). RestAssured's default specification is a static of the
 * class loader that loaded RestAssured: a {@code @QuarkusTest} runs with Quarkus' own, so it is set in that one too.
 */
public class EnglishRequests implements BeforeAllCallback, BeforeTestExecutionCallback {

    public static final String HEADER = "Accept-Language";
    public static final String VALUE = "en";

    @Override
    public void beforeAll(ExtensionContext context) {
        apply(context);
    }

    /**
     * Right before the test, after every beforeEach (Quarkus sets the test's port in its own): a specification carries
     * a port (8080 unless set), which wins over RestAssured's, so it is built with the port RestAssured has then.
     */
    @Override
    public void beforeTestExecution(ExtensionContext context) {
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

    private static void set(ClassLoader cl) {
        try {
            Class<?> restAssured = Class.forName("io.restassured.RestAssured", true, cl);
            Class<?> builder = Class.forName("io.restassured.builder.RequestSpecBuilder", true, cl);
            Object b = builder.getConstructor().newInstance();
            builder.getMethod("addHeader", String.class, String.class).invoke(b, HEADER, VALUE);
            builder.getMethod("setPort", int.class).invoke(b, restAssured.getField("port").getInt(null));
            Object spec = builder.getMethod("build").invoke(b);
            restAssured.getField("requestSpecification").set(null, spec);
        } catch (ClassNotFoundException e) {
            // no RestAssured in this class loader: nothing to set
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set RestAssured's Accept-Language", e);
        }
    }
}
