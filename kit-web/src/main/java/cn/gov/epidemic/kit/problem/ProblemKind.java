package cn.gov.epidemic.kit.problem;

import cn.gov.epidemic.kit.i18n.Text;

/**
 * A problem type of the catalogue: the kit's {@link ProblemType} and each service's own enum implement it, so that a
 * throw site names a constant, never a string, and the document, the gateway's pages and the answers share one source.
 */
public interface ProblemKind {

    /** The last segment of the type URI ({@code problem.type-base} + slug); never renamed once published. */
    String slug();

    /** The HTTP status of every answer of this type. */
    int status();

    /** Short summary of the type, the problem's {@code title}. */
    Text title();

    /** One paragraph: what it means and what the caller can do about it (the type's page and the document). */
    Text description();
}
