package cn.gov.epidemic.kit.messaging;

import com.fasterxml.jackson.databind.JsonNode;

/** A consumed record before its data is bound: its CloudEvents attributes from the Kafka headers and its data as JSON. */
record IncomingEvent(String id, String type, String source, String subject, String time, String requestId,
                     String dataschema, String topic, int partition, long offset, JsonNode data) {

    <P> Received<P> bound(P payload) {
        return new Received<>(id, type, source, subject, time, requestId, dataschema, topic, partition, offset, payload);
    }
}
