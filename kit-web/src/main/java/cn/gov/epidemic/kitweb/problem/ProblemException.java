package cn.gov.epidemic.kitweb.problem;

import cn.gov.epidemic.kitweb.i18n.Text;

import java.util.List;

/**
 * A refusal the caller can act on; services throw it, the mappers render it in the caller's language. The type is a
 * constant of the catalogue ({@link ProblemType} or a service's {@code ServiceProblem}), never a string. The detail
 * is shown to the caller, so it must name no class, table or payload; the message (for logs) is its English text.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind type;
    private final int status;
    private final Text title;
    private final Text detail;
    private final List<Violation> violations;

    public ProblemException(ProblemKind type, Text detail) {
        this(type, type.status(), type.title(), detail, null);
    }

    /** {@code type} null: a status with no type of its own ({@code about:blank}), titled by its reason phrase. */
    protected ProblemException(ProblemKind type, int status, Text title, Text detail, List<Violation> violations) {
        super(detail.en(), null, false, false); // no stack trace: this is an expected outcome, not a bug
        this.type = type;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.violations = violations;
    }

    /** One refused input: {@code field} is a JSON path into the body ({@code lines[0].qty}) or a parameter name. */
    public record Violation(String field, Text message) {
    }

    public static ProblemException validation(String field, Text message) {
        return validation(List.of(new Violation(field, message)));
    }

    public static ProblemException validation(List<Violation> violations) {
        int n = violations.size();
        Text detail = n == 1 ? Text.of("The request has 1 invalid value.", "请求中有 1 个无效值。")
                : Text.format("The request has %d invalid values.", "请求中有 %d 个无效值。", n);
        return new ProblemException(ProblemType.VALIDATION, 400, ProblemType.VALIDATION.title(), detail, List.copyOf(violations));
    }

    /**
     * A business rule refused the request, with a stable rule-specific type such as the personnel service's
     * {@code PERSON_ALREADY_DEPLOYED}, so that a caller can tell the rules apart without parsing text.
     */
    public static ProblemException rule(ProblemKind type, Text detail) {
        return new ProblemException(type, detail);
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException preconditionFailed(Text detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    /** A bare status the catalogue has no type for (a JAX-RS status such as 408): {@code about:blank}. */
    static ProblemException untyped(int status, String reason) {
        return new ProblemException(null, status, Text.of(reason, reason), Text.of(reason + ".", reason + "。"), null);
    }

    public ProblemKind type() {
        return type;
    }

    public String slug() {
        return type == null ? null : type.slug();
    }

    public Text title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The detail in English, as logged and as put in events. */
    public String detail() {
        return getMessage();
    }

    public Text detailText() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }
}
