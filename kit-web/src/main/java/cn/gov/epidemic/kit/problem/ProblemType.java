package cn.gov.epidemic.kit.problem;

/** The stable problem types of the whole suite: the URI is {@code problem.type-base} + slug; never rename a slug once published. */
public enum ProblemType {
    VALIDATION("validation", 400, "Request validation failed"),
    MALFORMED_BODY("malformed-body", 400, "Malformed request body"),
    MISSING_BODY("missing-body", 400, "Request body required"),
    INVALID_PARAMETER("invalid-parameter", 400, "Invalid parameter"),
    INVALID_VALUE("invalid-value", 400, "Value not accepted"),
    BAD_REQUEST("bad-request", 400, "Bad request"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not permitted"),
    NOT_FOUND("not-found", 404, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    /** A business rule refused the request; services throw it with a rule-specific slug via {@link ProblemException#rule}. */
    RULE_VIOLATION("rule-violation", 409, "Business rule violated"),
    CONCURRENT_MODIFICATION("concurrent-modification", 409, "Concurrent modification"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused with a different request"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    URI_TOO_LONG("uri-too-long", 414, "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request headers too large"),
    INTERNAL("internal", 500, "Internal server error"),
    /** The gateway got no valid answer from the service behind it. */
    BAD_GATEWAY("bad-gateway", 502, "Bad gateway"),
    UNAVAILABLE("unavailable", 503, "Service temporarily unavailable"),
    /** The service's database is down, hangs or cannot give a connection in time: nothing was changed; retry later. */
    DATABASE_UNAVAILABLE("database-unavailable", 503, "Database unavailable"),
    /** The service behind the gateway did not answer in time. */
    GATEWAY_TIMEOUT("gateway-timeout", 504, "Gateway timeout");

    public final String slug;
    public final int status;
    public final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }
}
