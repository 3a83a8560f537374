package cn.gov.epidemic.kit.messaging;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/**
 * A consumed CloudEvent: its attributes from the Kafka headers and its data parsed as JSON. The readers of data
 * fields throw IllegalArgumentException for a missing or malformed field, which dead-letters the event at once
 * (it will not get better by retrying).
 */
public record IncomingEvent(String id, String type, String source, String subject, String time, String requestId,
                            String topic, int partition, long offset, JsonNode data) {

    /** The part of the type after {@code prefix}, or null when the type does not start with it (or there is no data). */
    public String typeAfter(String prefix) {
        return type == null || data == null || !type.startsWith(prefix) ? null : type.substring(prefix.length());
    }

    /** A UUID field of the data. */
    public UUID uuid(String field) {
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what() + " without a valid " + field);
        }
    }

    /** A text field of the data that must be there and not blank. */
    public String text(String field) {
        JsonNode n = data.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw new IllegalArgumentException(what() + " without " + field);
        return n.asText();
    }

    /** A text field of the data, or null; cut to {@code max} characters to fit the consumer's column. */
    public String optionalText(String field, int max) {
        JsonNode n = data.get(field);
        return n == null || !n.isValueNode() || n.isNull() ? null : cut(n.asText(), max);
    }

    /** {@code s} cut to {@code max} characters. */
    public static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private String what() {
        return (type == null ? "event" : type.substring(type.lastIndexOf('.', type.lastIndexOf('.') - 1) + 1)) + " event " + id;
    }
}
