package cn.gov.epidemic.supplies.consumer;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * Flow 1: the fields of checkpoint-service's Pass data that supplies-service reads (pass.issued, pass.revoked); a
 * missing or malformed one dead-letters the event. {@code dispatchId} is null for a pass issued by hand.
 */
public record PassEvent(@NotNull UUID id, UUID dispatchId, @NotBlank String code, String voidReason) {

    static final String TOPIC = "checkpoint.events";
    static final String PREFIX = "cn.gov.epidemic.checkpoint.";

    public static final ConsumedEvent<PassEvent> ISSUED = ConsumedEvent.of(TOPIC, PREFIX + "pass.issued", PassEvent.class);
    public static final ConsumedEvent<PassEvent> REVOKED = ConsumedEvent.of(TOPIC, PREFIX + "pass.revoked", PassEvent.class);
    public static final ConsumedEvent<DispatchRefusal> DISPATCH_REFUSED = ConsumedEvent.of(TOPIC, PREFIX + "pass.dispatch-refused", DispatchRefusal.class);

    /** The fields of checkpoint-service's DispatchPassRefusal data read: which dispatch got no pass, by which rule, why. */
    public record DispatchRefusal(@NotNull UUID dispatchId, @NotBlank String rule, String detail) {
    }
}
