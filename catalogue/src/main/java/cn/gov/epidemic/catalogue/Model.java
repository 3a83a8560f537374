package cn.gov.epidemic.catalogue;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import cn.gov.epidemic.kit.events.EventSource;
import cn.gov.epidemic.kit.events.EventType;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** What the catalogue knows of the suite, read from the services' compiled declarations and their OpenAPI documents. */
public record Model(List<Service> services, List<Group> groups) {

    /**
     * One service: {@code name} its name in the merge (the prefix of its clashing components), {@code openapi} its own
     * document.
     */
    public record Service(String name, EventSource source, JsonNode openapi, List<Published> events) {

        public String module() {
            return source.service();
        }
    }

    /**
     * One event type a service publishes: {@code constant} its Java constant (PersonnelEvents.DEPLOYMENT_ACTIVATED) when
     * found, {@code schema} its payload's schema in the service's document, {@code merged} that schema's name in the
     * merged document (CheckpointsReferral for checkpoint-service's Referral).
     */
    public record Published(EventType<?> type, String constant, String schema, String merged) {

        /** The message id in the AsyncAPI document: the type's name, with its version from v2 on. */
        public String id() {
            return Catalogue.id(type.name()) + (type.version() == 1 ? "" : "-v" + type.version());
        }

        /** The snapshot and schema file's name, {@code <ce_type>.v<N>.json}. */
        public String snapshot() {
            return type.type() + ".v" + type.version() + ".json";
        }
    }

    /** One consumer group of one service, reading {@code events} (each with the fields its record reads). */
    public record Group(String group, String description, String service, List<Consumed> events) {

        public List<String> topics() {
            return events.stream().map(e -> e.event().topic()).distinct().toList();
        }
    }

    /** An event type a group reads: the consumer's record and its fields ({@code a.b} for a nested record's). */
    public record Consumed(ConsumedEvent<?> event, Published producer, List<String> fields) {
    }
}
