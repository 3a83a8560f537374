package cn.gov.epidemic.checkpoint.rest;

/** Texts shared by the resources' OpenAPI annotations. */
final class ApiDocs {

    static final String BASE = "/api/v1/checkpoints";
    static final String IDEMPOTENCY = "Optional. A retry with the same key and the same body returns the first response (header Idempotent-Replayed: true) without a second change; the same key with another body is a 422. Keys are per client and kept 24 hours.";
    static final String IF_MATCH = "Optional. The ETag of the version you read (e.g. \"3\"); if the resource has changed since, the answer is 412 and nothing changes. Without If-Match the last writer wins.";
    static final String PII = " ID-card and phone numbers are always masked (150402********3216, 139****1234); temperatures are shown.";

    private ApiDocs() {
    }
}
