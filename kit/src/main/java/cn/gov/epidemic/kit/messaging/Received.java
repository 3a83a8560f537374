package cn.gov.epidemic.kit.messaging;

/**
 * A consumed event of a declared type: its CloudEvents attributes from the Kafka headers and its data bound to the
 * consumer's record ({@link cn.gov.epidemic.kit.events.ConsumedEvent#payload()}), already validated.
 */
public record Received<P>(String id, String type, String source, String subject, String time, String requestId,
                          String dataschema, String topic, int partition, long offset, P data) {

    /** {@code s} cut to {@code max} characters to fit the consumer's column (null stays null). */
    public static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
