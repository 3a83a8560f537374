package cn.gov.epidemic.kitweb.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** RFC 9457 problem details body, plus the request id and the field violations. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "violations"})
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The most violations one answer lists (the detail still counts them all). */
    public static final int MAX_VIOLATIONS = 100;

    /** One refused input: {@code field} is a JSON path into the body ({@code lines[0].qty}) or a parameter name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String message) {
    }
}
