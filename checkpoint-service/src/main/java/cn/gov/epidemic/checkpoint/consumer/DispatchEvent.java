package cn.gov.epidemic.checkpoint.consumer;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the green-lane pass reads of supplies-service's {@code dispatch.planned} (its data is its Dispatch schema): the
 * vehicle, driver, route and cargo. The dispatch's end ({@code cancelled}, {@code delivered}) is read as {@link Ended}.
 *
 * @param vehiclePlate    as supplies-service accepts it, with the optional middle dot of printed plates (蒙L·A1234)
 * @param expectedArrival the pass is valid until then plus the configured grace
 */
public record DispatchEvent(
        @NotNull UUID id,
        @NotBlank String vehiclePlate,
        @NotBlank String driverName,
        @NotBlank String recipientName,
        String warehouseName,
        @NotBlank String route,
        // the offset as sent (not adjusted to UTC), as the pass and its event showed it before the data was bound
        @NotNull @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime expectedArrival,
        List<@Valid Line> lines) {

    private static final String TOPIC = "supplies.events";
    private static final String TYPE = "cn.gov.epidemic.supplies.dispatch.";

    public static final ConsumedEvent<DispatchEvent> PLANNED = ConsumedEvent.of(TOPIC, TYPE + "planned", DispatchEvent.class);
    public static final ConsumedEvent<Ended> CANCELLED = ConsumedEvent.of(TOPIC, TYPE + "cancelled", Ended.class);
    public static final ConsumedEvent<Ended> DELIVERED = ConsumedEvent.of(TOPIC, TYPE + "delivered", Ended.class);

    /** A cargo line: the item (its name when supplies-service gives it) and the quantity. */
    public record Line(UUID itemId, String itemName, int quantity) {
    }

    /** What ending the dispatch's pass reads: the dispatch, and why it was cancelled (cancelled only). */
    public record Ended(@NotNull UUID id, String cancelReason) {
    }
}
