package cn.gov.epidemic.kitweb.problem;

/**
 * The problem types of the whole suite that no single service owns (HTTP mechanics, the gateway, shared rules); each
 * service adds its own in its {@code service.ServiceProblem}. The URI is {@code problem.type-base} + slug; never
 * rename a slug once published.
 */
public enum ProblemType implements ProblemKind {
    VALIDATION("validation", 400, "Request validation failed", "请求校验未通过",
            "One or more values of the request were refused; `violations` names each field or parameter and what it must be. Correct those values and send the request again.",
            "请求中的一个或多个值未被接受；`violations` 列出了每个字段或参数及其应满足的要求。请改正这些值后重新发送请求。"),
    MALFORMED_BODY("malformed-body", 400, "Malformed request body", "请求体格式错误",
            "The body is not valid JSON, is not the JSON type the operation expects, or exceeds a JSON limit (number length, string length, nesting depth). Send a JSON body as the operation's schema describes.",
            "请求体不是有效的 JSON，或不是该操作要求的 JSON 类型，或超出 JSON 限制（数字长度、字符串长度、嵌套深度）。请按该操作的模式发送 JSON 请求体。"),
    MISSING_BODY("missing-body", 400, "Request body required", "缺少请求体",
            "The operation needs a JSON body and none was sent. Send the body the operation's schema describes, with Content-Type: application/json.",
            "该操作需要 JSON 请求体，但请求未携带。请按该操作的模式发送请求体，并设置 Content-Type: application/json。"),
    INVALID_PARAMETER("invalid-parameter", 400, "Invalid parameter", "参数无效",
            "A path, query or header parameter has a value of the wrong type or format (a date that is not ISO 8601, a word where a number is expected). The detail and `violations` name the parameter and the expected format.",
            "路径、查询或请求头参数的类型或格式错误（例如日期不是 ISO 8601 格式，或应为数字处给了文字）。详情和 `violations` 指明了参数及应有的格式。"),
    INVALID_VALUE("invalid-value", 400, "Value not accepted", "取值不被接受",
            "A value is outside what the service can store (range, length or characters). Send a shorter or smaller value.",
            "某个值超出了服务可存储的范围（数值范围、长度或字符）。请改用更短或更小的值。"),
    BAD_REQUEST("bad-request", 400, "Bad request", "请求错误",
            "The request itself is malformed: an invalid URI, a path with dot segments or encoded slashes, a malformed header. Send the request as the document describes it.",
            "请求本身格式错误：URI 无效、路径含点段或编码的斜杠、请求头格式错误等。请按接口文档发送请求。"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required", "需要身份认证",
            "No valid credentials came with the request: send the API key issued to your system in X-API-Key, or a bearer token of the government identity provider. An expired or forged token is refused too.",
            "请求未携带有效凭证：请在 X-API-Key 中发送为贵单位系统签发的 API 密钥，或发送政务身份认证平台的 Bearer 令牌。过期或伪造的令牌同样会被拒绝。"),
    FORBIDDEN("forbidden", 403, "Not permitted", "无权操作",
            "The caller is authenticated but none of its roles permits this operation (the roles of each operation are in its description). Ask the administrator for the role, or use a client that has it.",
            "调用方已通过认证，但其角色均无权执行此操作（每个操作所需角色见其说明）。请向管理员申请相应角色，或使用具有该角色的客户端。"),
    NOT_FOUND("not-found", 404, "Resource not found", "资源不存在",
            "No resource has this id, or no operation exists at this path. Check the id (it may have been mistyped or belong to another environment) and the path.",
            "不存在该标识的资源，或该路径下没有任何操作。请核对标识（可能输错或属于其他环境）和路径。"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed", "不支持该请求方法",
            "The resource exists but does not support this HTTP method; the Allow header lists the methods it does support.",
            "资源存在，但不支持该 HTTP 方法；Allow 响应头列出了支持的方法。"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable", "无法提供所要求的媒体类型",
            "The operation cannot answer with any media type listed in Accept; it answers with JSON. Accept application/json (or */*).",
            "该操作无法以 Accept 中列出的任何媒体类型应答；它只返回 JSON。请接受 application/json（或 */*）。"),
    CONFLICT("conflict", 409, "Conflict with the current state", "与当前状态冲突",
            "The request conflicts with data already stored: a unique value is taken, or it refers to a record that does not exist or is still referenced. Read the current state and change the request.",
            "请求与已存储的数据冲突：唯一值已被占用，或引用了不存在或仍被引用的记录。请查询当前状态后修改请求。"),
    /** A state machine refused the step: each service raises it for its own aggregates. */
    INVALID_STATE_TRANSITION("invalid-state-transition", 409, "State does not allow this operation", "状态不允许此操作",
            "The resource is in a state from which this step is not possible (a cancelled deployment cannot be activated, a delivered dispatch cannot depart). The detail names the current state; read the resource and choose a step its state allows.",
            "资源当前所处状态不允许此步骤（例如已取消的部署不能再启用，已送达的调运不能再发车）。详情说明了当前状态；请查询资源，并选择其状态允许的操作。"),
    CONCURRENT_MODIFICATION("concurrent-modification", 409, "Concurrent modification", "并发修改冲突",
            "Another request changed the resource at the same time. Read it again and retry.",
            "另一请求同时修改了该资源。请重新读取后重试。"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed", "前提条件不满足",
            "If-Match names a version that is no longer current: the resource was changed since you read it. Read it again (the ETag header gives its version) and repeat the change if it still applies.",
            "If-Match 指定的版本已不是当前版本：读取之后资源已被修改。请重新读取（ETag 响应头给出当前版本），如修改仍然适用再重新提交。"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large", "请求体过大",
            "The body is larger than the limit (1 MiB). Send less in one request.",
            "请求体超过上限（1 MiB）。请减少单次请求的内容。"),
    URI_TOO_LONG("uri-too-long", 414, "Request URI too long", "请求 URI 过长",
            "The request URI is longer than the limit. Use fewer or shorter query parameters.",
            "请求 URI 超过长度上限。请减少或缩短查询参数。"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type", "不支持的媒体类型",
            "The Content-Type of the body is not one the operation accepts. Send application/json.",
            "请求体的 Content-Type 不被该操作接受。请发送 application/json。"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused with a different request", "幂等键已用于不同的请求",
            "This Idempotency-Key was already used by your client for a request with another body or path. Use a new key for a new request; repeat a request only with its own key.",
            "贵方客户端已将此 Idempotency-Key 用于另一个请求体或路径不同的请求。新请求请使用新的幂等键；重试请求时才沿用原来的键。"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests", "请求过于频繁",
            "The client's rate limit is spent, or its address holds too many open connections. Wait for Retry-After seconds (the RateLimit-* headers give the budget) and reuse connections.",
            "客户端的请求速率配额已用完，或其地址占用的连接过多。请等待 Retry-After 指定的秒数（RateLimit-* 响应头给出配额），并复用连接。"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request headers too large", "请求头过大",
            "The request headers are larger than the limit. Send fewer or shorter headers.",
            "请求头超过上限。请减少或缩短请求头。"),
    INTERNAL("internal", 500, "Internal server error", "服务器内部错误",
            "The request could not be completed because of a fault of the service, not of the request. Quote the requestId when reporting it; nothing else about the fault is given.",
            "由于服务自身的故障（而非请求的问题），请求未能完成。报告问题时请提供 requestId；不会返回故障的其他信息。"),
    /** The gateway got no valid answer from the service behind it. */
    BAD_GATEWAY("bad-gateway", 502, "Bad gateway", "网关未收到有效应答",
            "The service behind the gateway gave no valid answer (it closed the connection or failed). Retry later; a write may or may not have been made, so repeat it with the same Idempotency-Key.",
            "网关后面的服务未给出有效应答（连接被关闭或服务出错）。请稍后重试；写操作可能已执行也可能未执行，请使用相同的 Idempotency-Key 重试。"),
    UNAVAILABLE("unavailable", 503, "Service temporarily unavailable", "服务暂时不可用",
            "The service is overloaded, failing or restarting; the gateway may stop sending it requests for a few seconds. Retry after the Retry-After delay.",
            "服务过载、出错或正在重启；网关可能在几秒内暂停向其转发请求。请在 Retry-After 指定的时间后重试。"),
    /**
     * The service's database is down, hangs or cannot give a connection in time. Usually nothing was changed, but a
     * write whose commit was under way when the database stopped answering may have been made: only a retry with
     * the same Idempotency-Key tells, and it never makes the write twice.
     */
    DATABASE_UNAVAILABLE("database-unavailable", 503, "Database unavailable", "数据库不可用",
            "The service's database is down, hangs or gave no connection in time. Retry after the Retry-After delay; a write may have been made if the database stopped answering while committing it, so repeat it with the same Idempotency-Key (it is never made twice).",
            "服务的数据库已停止、无响应或未能及时提供连接。请在 Retry-After 指定的时间后重试；若数据库在提交写操作时停止应答，该写操作可能已执行，因此请使用相同的 Idempotency-Key 重试（不会重复执行）。"),
    /** The service behind the gateway did not answer in time. */
    GATEWAY_TIMEOUT("gateway-timeout", 504, "Gateway timeout", "网关超时",
            "The service behind the gateway did not answer in time. Retry later; a write may or may not have been made, so repeat it with the same Idempotency-Key.",
            "网关后面的服务未在规定时间内应答。请稍后重试；写操作可能已执行也可能未执行，请使用相同的 Idempotency-Key 重试。");

    private final Definition definition;

    ProblemType(String slug, int status, String en, String zh, String descriptionEn, String descriptionZh) {
        this.definition = Definition.of(slug, status, en, zh, descriptionEn, descriptionZh);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
