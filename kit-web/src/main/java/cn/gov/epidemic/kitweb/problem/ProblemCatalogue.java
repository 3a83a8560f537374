package cn.gov.epidemic.kitweb.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every problem type an application can raise: the kit's {@link ProblemType} and the application's own enum, named by
 * {@code problem.catalogue} (each service's {@code <base>.service.ServiceProblem}). Published in the OpenAPI document
 * as {@code x-problem-types}, which the gateway merges and serves as a page per type.
 */
public final class ProblemCatalogue {

    /** The root extension of an OpenAPI document that lists the types. */
    public static final String EXTENSION = "x-problem-types";

    private ProblemCatalogue() {
    }

    /** The kit's types, then the ones of {@code serviceEnum} (a class name), in declaration order; slugs unique. */
    public static List<ProblemKind> of(Optional<String> serviceEnum) {
        List<ProblemKind> all = new ArrayList<>(Arrays.asList(ProblemType.values()));
        serviceEnum.filter(n -> !n.isBlank()).ifPresent(name -> all.addAll(constants(name)));
        Map<String, ProblemKind> bySlug = new LinkedHashMap<>();
        for (ProblemKind k : all) {
            ProblemKind clash = bySlug.putIfAbsent(k.slug(), k);
            if (clash != null) throw new IllegalStateException("problem slug " + k.slug() + " declared twice: " + clash + " and " + k);
        }
        return List.copyOf(bySlug.values());
    }

    private static List<ProblemKind> constants(String name) {
        try {
            Class<?> c = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
            if (!c.isEnum() || !ProblemKind.class.isAssignableFrom(c)) {
                throw new IllegalStateException("problem.catalogue " + name + " is not an enum implementing ProblemKind");
            }
            return Arrays.stream(c.getEnumConstants()).map(ProblemKind.class::cast).toList();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("problem.catalogue names no class: " + name, e);
        }
    }

    /** The entry of one type in {@link #EXTENSION}: slug, status, title and description in both languages. */
    public static Map<String, Object> entry(ProblemKind k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", k.slug());
        m.put("status", k.status());
        m.put("title", bilingual(k.title()));
        m.put("description", bilingual(k.description()));
        return m;
    }

    private static Map<String, String> bilingual(cn.gov.epidemic.kitweb.i18n.Text t) {
        Map<String, String> m = new LinkedHashMap<>(); // ordered: the document stays the same between builds
        m.put("en", t.en());
        m.put("zh", t.zh());
        return m;
    }
}
