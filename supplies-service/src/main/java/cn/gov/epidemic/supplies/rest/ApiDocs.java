package cn.gov.epidemic.supplies.rest;

/** Texts shared by the resources' OpenAPI annotations. */
final class ApiDocs {

    static final String BASE = "/api/v1/supplies";
    static final String IDEMPOTENCY = "Optional. A retry with the same key and the same body returns the first response (header Idempotent-Replayed: true) without a second change; the same key with another body is a 422. Keys are per client and kept 24 hours.";
    static final String IF_MATCH = "Optional. The ETag of the version you read (e.g. \"3\"); if the resource has changed since, the answer is 412 and nothing changes. Without If-Match the last writer wins.";

    static final String IDEMPOTENCY_EXAMPLE = "3f6d2a8e-6b1c-4f0a-9d4e-2c7b5a9e1f30";
    static final String IF_MATCH_EXAMPLE = "\"3\"";

    private ApiDocs() {
    }
}
