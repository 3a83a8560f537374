package cn.gov.epidemic.kitweb.problem;

import cn.gov.epidemic.kitweb.i18n.Text;

/**
 * A problem type of the catalogue: the kit's {@link ProblemType} and each service's {@code service.ServiceProblem}
 * enum implement it, so that a throw site names a constant, never a string, and the document, the gateway's pages and
 * the answers share one source. An enum constant holds its {@link Definition}; the accessors read it.
 */
public interface ProblemKind {

    /** What a type is: slug, status, title and a one-paragraph description (what it means, what to do), both languages. */
    record Definition(String slug, int status, Text title, Text description) {

        public Definition {
            if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw new IllegalArgumentException("slug " + slug);
            if (status < 400 || status > 599) throw new IllegalArgumentException("status " + status);
        }

        public static Definition of(String slug, int status, String titleEn, String titleZh, String descriptionEn, String descriptionZh) {
            return new Definition(slug, status, Text.of(titleEn, titleZh), Text.of(descriptionEn, descriptionZh));
        }
    }

    Definition definition();

    /** The last segment of the type URI ({@code problem.type-base} + slug); never renamed once published. */
    default String slug() {
        return definition().slug();
    }

    /** The HTTP status of every answer of this type. */
    default int status() {
        return definition().status();
    }

    /** Short summary of the type, the problem's {@code title}. */
    default Text title() {
        return definition().title();
    }

    /** What it means and what the caller can do about it (the type's page and the document). */
    default Text description() {
        return definition().description();
    }
}
