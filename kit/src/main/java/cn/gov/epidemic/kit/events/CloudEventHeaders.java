package cn.gov.epidemic.kit.events;

/**
 * Every Kafka header the kit writes on an event record (the relay) or adds to a dead letter (the consumers), with what
 * it means: the relay and the consumers name headers by these constants and the build's catalogue documents them, so
 * the two cannot drift apart.
 */
public enum CloudEventHeaders {

    SPECVERSION("ce_specversion", "CloudEvents version.", true, "1.0", null, false),
    ID("ce_id", "Event id (UUID): consumers handle an id once, so redeliveries are harmless.", true, null, "uuid", false),
    SOURCE("ce_source", "The publishing service.", true, null, null, false),
    TYPE("ce_type", "cn.gov.epidemic.<area>.<event type>: what happened, and so the schema of the data.", true, null, null, false),
    SUBJECT("ce_subject", "The aggregate id, also the record key: one aggregate's events stay in order.", true, null, null, false),
    TIME("ce_time", "When the change was recorded (ISO 8601, UTC).", true, null, "date-time", false),
    CONTENT_TYPE("content-type", "Media type of the record value (the CloudEvents data).", true, "application/json", null, false),
    AGGREGATE_TYPE("ce_aggregatetype", "Kind of the aggregate, e.g. dispatch, pass, deployment.", true, null, null, false),
    REQUEST_ID("ce_requestid", "X-Request-Id of the API call that made the change, when there was one: consumers log with it.", false, null, null, false),
    ACTOR("ce_actor", "Who made the change (user, client or consumer).", false, null, null, false),
    DATASCHEMA("ce_dataschema", "The JSON Schema of the data, named with its version (https://epidemic.gov.cn/events/schemas/<ce_type>/v<N>.json): "
            + "a payload change that would break a consumer gets a new version. Absent only on events recorded before schemas were versioned.",
            false, null, "uri", false),
    DLQ_REASON("dlq_reason", "Why the consumer gave up: the last error's class and message.", true, null, null, true),
    DLQ_CONSUMER("dlq_consumer", "The consumer group that gave up on the record.", true, null, null, true);

    /** A topic's dead-letter topic is the topic's name with this suffix. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final String header;
    private final String description;
    private final boolean required;
    private final String constant;
    private final String format;
    private final boolean deadLetter;

    CloudEventHeaders(String header, String description, boolean required, String constant, String format, boolean deadLetter) {
        this.header = header;
        this.description = description;
        this.required = required;
        this.constant = constant;
        this.format = format;
        this.deadLetter = deadLetter;
    }

    /** The Kafka header name, e.g. {@code ce_id}. */
    public String header() {
        return header;
    }

    public String description() {
        return description;
    }

    /** Whether every record (every dead letter, for {@link #deadLetter()} headers) carries it. */
    public boolean required() {
        return required;
    }

    /** The one value it always has ({@code 1.0}, {@code application/json}), or null. */
    public String constant() {
        return constant;
    }

    /** Its JSON Schema format ({@code uuid}, {@code date-time}, {@code uri}), or null. */
    public String format() {
        return format;
    }

    /** True for the headers a consumer adds when it dead-letters a record (the record's own headers stay). */
    public boolean deadLetter() {
        return deadLetter;
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterTopic(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
