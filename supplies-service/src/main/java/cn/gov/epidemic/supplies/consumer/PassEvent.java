package cn.gov.epidemic.supplies.consumer;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * Flow 1: the fields of checkpoint-service's Pass data that supplies-service reads (pass.issued, pass.revoked); a
 * missing or malformed one dead-letters the event. {@code dispatchId} is null for a pass issued by hand, which this
 * service passes over: only a dispatch's pass must name its id and code.
 */
public record PassEvent(UUID id, UUID dispatchId, String code, String voidReason) {

    static final String TOPIC = "checkpoint.events";
    static final String PREFIX = "cn.gov.epidemic.checkpoint.";

    public static final ConsumedEvent<PassEvent> ISSUED = ConsumedEvent.of(TOPIC, PREFIX + "pass.issued", PassEvent.class);
    public static final ConsumedEvent<PassEvent> REVOKED = ConsumedEvent.of(TOPIC, PREFIX + "pass.revoked", PassEvent.class);
    public static final ConsumedEvent<DispatchRefusal> DISPATCH_REFUSED = ConsumedEvent.of(TOPIC, PREFIX + "pass.dispatch-refused", DispatchRefusal.class);

    /** A dispatch's pass names its id and code (violation: {@code dispatchPassComplete}). */
    @JsonIgnore
    @AssertTrue(message = "must be true: the pass of a dispatch names its id and code")
    public boolean isDispatchPassComplete() {
        return dispatchId == null || (id != null && code != null && !code.isBlank());
    }

    /** The fields of checkpoint-service's DispatchPassRefusal data read: which dispatch got no pass, by which rule, why. */
    public record DispatchRefusal(@NotNull UUID dispatchId, @NotBlank String rule, String detail) {
    }
}
