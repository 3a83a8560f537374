package cn.gov.epidemic.kit.messaging;

import com.fasterxml.jackson.databind.JsonNode;

/** A consumed CloudEvent: its attributes from the Kafka headers and its data parsed as JSON. */
public record IncomingEvent(String id, String type, String source, String subject, String time, String requestId,
                            String topic, int partition, long offset, JsonNode data) {
}
