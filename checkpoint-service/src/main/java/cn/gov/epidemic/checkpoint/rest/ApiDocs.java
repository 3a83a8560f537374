package cn.gov.epidemic.checkpoint.rest;

/** Texts and examples shared by the resources' OpenAPI annotations. */
final class ApiDocs {

    static final String BASE = "/api/v1/checkpoints";
    static final String IDEMPOTENCY = "Optional. A retry with the same key and the same body returns the first response (header Idempotent-Replayed: true) without a second change; the same key with another body is a 422. Keys are per client and kept 24 hours.";
    /** What the kit's IdempotencyKeys accepts (it refuses any other key with a 400 naming Idempotency-Key). */
    static final String IDEMPOTENCY_BATCH = "Required: one key for the whole batch. A retry with the same key and the same body returns the first report (header Idempotent-Replayed: true) without a second change; the same key with another body is a 422. Keys are per client and kept 24 hours.";
    static final String IDEMPOTENCY_PATTERN = "[A-Za-z0-9._:-]{1,200}";
    static final String IDEMPOTENCY_EXAMPLE = "7d4c2a90-5b1e-4f3a-9c6d-1e2f3a4b5c6d";
    static final String IF_MATCH = "Optional. The ETag of the version you read (e.g. \"3\"); if the resource has changed since, the answer is 412 and nothing changes. Without If-Match the last writer wins.";
    /** ETags.expectedVersion refuses anything but a version number, quoted or weak: far below 40 characters. */
    static final String IF_MATCH_EXAMPLE = "\"1\"";
    static final String PII = " ID-card and phone numbers are always masked (150402********3215, 139****1234); temperatures are shown.";
    /** The id in the path examples: a well-formed UUID; a real one comes from the list or the create that made it. */
    static final String ID_EXAMPLE = "759c7a1b-1087-48f8-977e-47a9801404d9";
    static final String ID = "The id, as returned when it was created or listed.";

    private ApiDocs() {
    }
}
