package cn.gov.epidemic.kit.rest;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ResourceNotFoundException;

import java.util.function.Function;

/**
 * Finding the record a request names, one rule for the suite: an id in the path that does not exist is a 404; an id
 * inside the body that does not exist is a 400 on that field (the request, not the URL, is wrong).
 */
public final class Found {

    private Found() {
    }

    /** The record with this path id, or a 404 naming {@code kind}. */
    public static <K, T> T inPath(Function<K, T> finder, Text kind, K id) {
        T t = id == null ? null : finder.apply(id);
        if (t == null) throw new ResourceNotFoundException(kind, id);
        return t;
    }

    /** The record with this id from the body, or a 400 violation on {@code field}. */
    public static <K, T> T inBody(Function<K, T> finder, String field, Text kind, K id) {
        T t = id == null ? null : finder.apply(id);
        if (t == null) throw ProblemException.validation(field, Text.of("no " + lowerFirst(kind.en()) + " with this id", "不存在此标识的" + kind.zh()));
        return t;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
