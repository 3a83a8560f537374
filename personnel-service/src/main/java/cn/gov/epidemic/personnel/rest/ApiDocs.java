package cn.gov.epidemic.personnel.rest;

/** Texts shared by the resources' OpenAPI annotations. */
final class ApiDocs {

    static final String BASE = "/api/v1/personnel";
    static final String IDEMPOTENCY = "Optional. A retry with the same key and the same body returns the first response (header Idempotent-Replayed: true) without a second change; the same key with another body is a 422. Keys are per client and kept 24 hours.";
    static final String IDEMPOTENCY_BATCH = "Required: one key for the whole batch. A retry with the same key and the same body returns the first report (header Idempotent-Replayed: true) without a second change; the same key with another body is a 422. Keys are per client and kept 24 hours.";
    /** The service's body limit (quarkus.http.limits.max-body-size), which also bounds a bulk import. */
    static final int MAX_BODY = 1048576;
    static final String IDEMPOTENCY_EXAMPLE = "5f2b6c1e-8d4a-4e0b-9c3f-2a7d1e6b4c90";
    static final String IF_MATCH = "Optional. The ETag of the version you read (e.g. \"3\"); if the resource has changed since, the answer is 412 and nothing changes. Without If-Match the last writer wins.";
    static final String PII = " ID-card and phone numbers are masked unless the caller has personnel:pii itself (admin alone does not reveal them; such reads are audited).";

    private ApiDocs() {
    }
}
