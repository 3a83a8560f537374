package cn.gov.epidemic.kit.problem;

import java.util.List;

/**
 * A refusal the caller can act on; services throw it, the mappers render it. {@code detail} is shown to the
 * caller, so it must name no class, table or payload. The message (for logs) is the detail.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String slug;
    private final String title;
    private final int status;
    private final List<Problem.Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, type.slug, type.title, type.status, detail, null);
    }

    /** A domain-specific type, e.g. {@code new ProblemException("stock-exhausted", "Stock exhausted", 409, ...)}. */
    public ProblemException(String slug, String title, int status, String detail) {
        this(null, slug, title, status, detail, null);
    }

    protected ProblemException(ProblemType type, String slug, String title, int status, String detail,
                               List<Problem.Violation> violations) {
        super(detail, null, false, false); // no stack trace: this is an expected outcome, not a bug
        this.type = type;
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.violations = violations;
    }

    public static ProblemException validation(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, ProblemType.VALIDATION.slug, ProblemType.VALIDATION.title,
                400, "The request has 1 invalid value.", List.of(new Problem.Violation(field, message)));
    }

    /**
     * A business rule refused the request: always 409, with a stable rule-specific type such as
     * {@code person-already-deployed}, so that a caller can tell the rules apart without parsing text.
     */
    public static ProblemException rule(String slug, String title, String detail) {
        return new ProblemException(ProblemType.RULE_VIOLATION, slug, title, 409, detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    public ProblemType type() {
        return type;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
