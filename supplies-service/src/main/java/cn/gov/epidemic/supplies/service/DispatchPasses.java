package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kit.messaging.IncomingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Flow 1, supplies side: checkpoint-service's pass events for dispatches (issued, refused, revoked) recorded on the
 * dispatch. Runs in the consumer's transaction, which also remembers the event id.
 */
@ApplicationScoped
public class DispatchPasses {

    static final String PREFIX = "cn.gov.epidemic.checkpoint.pass.";

    @Inject
    DispatchService dispatches;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent e) {
        if (e.type() == null || !e.type().startsWith(PREFIX) || e.data() == null) return;
        JsonNode d = e.data();
        switch (e.type().substring(PREFIX.length())) {
            case "issued" -> {
                if (!d.hasNonNull("dispatchId")) return; // a pass issued by hand, not for a dispatch
                dispatches.passIssued(uuid(d, "dispatchId"), uuid(d, "id"), text(d, "code"));
            }
            case "dispatch-refused" -> dispatches.passRefused(uuid(d, "dispatchId"), text(d, "rule") + ": " + d.path("detail").asText(""));
            case "revoked" -> {
                if (d.hasNonNull("dispatchId")) dispatches.passRevoked(uuid(d, "dispatchId"), uuid(d, "id"), d.path("voidReason").asText(""));
            }
            default -> {
                // other pass events do not concern dispatches
            }
        }
    }

    private static String text(JsonNode d, String field) {
        if (!d.path(field).isTextual() || d.path(field).asText().isBlank()) throw new IllegalArgumentException("pass event without " + field);
        return d.get(field).asText();
    }

    private static UUID uuid(JsonNode d, String field) {
        try {
            return UUID.fromString(d.path(field).asText());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("pass event without a valid " + field);
        }
    }
}
