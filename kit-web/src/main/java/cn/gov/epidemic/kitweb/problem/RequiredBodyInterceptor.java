package cn.gov.epidemic.kitweb.problem;

import cn.gov.epidemic.kitweb.i18n.Text;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.lang.annotation.Annotation;

/**
 * An empty body or a JSON {@code null} reaches a resource as a null parameter (Quarkus REST's Jackson reader
 * returns null for both). This refuses it for every body parameter at once, so no resource checks for null.
 * A parameter that may be absent opts out with any annotation named {@code @Nullable}.
 */
@Provider
public class RequiredBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
        Object body = ctx.proceed();
        if (body == null && !nullable(ctx.getAnnotations())) {
            throw new ProblemException(ProblemType.MISSING_BODY, Text.of("This operation needs a JSON request body; none (or null) was sent.", "该操作需要 JSON 请求体，但未发送（或为 null）。"));
        }
        return body;
    }

    private static boolean nullable(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a.annotationType().getSimpleName().equals("Nullable")) return true;
            }
        }
        return false;
    }
}
