package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.supplies.DispatchState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of dispatches. */
public final class DispatchApi {

    public static final String PLATE = "[\\u4e00-\\u9fa5][A-Z]·?[A-Z0-9]{5,6}"; // a CJK province abbreviation; written so that JSON Schema (ECMA-262) reads it as Java does
    public static final String PLATE_MESSAGE = "{epidemic.dispatch-plate}";

    private DispatchApi() {
    }

    @Schema(name = "NewDispatch", description = "Send reserved stock to its recipient by road. All reservations must be ACTIVE, of one recipient and one warehouse.", examples = Examples.NEW_DISPATCH)
    public record NewDispatch(
            @NotEmpty @Size(max = 50) List<@NotNull UUID> reservationIds,
            @NotNull @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙L·A1234") @Size(max = 12) String vehiclePlate,
            @NotBlank @Size(max = 60) @Schema(examples = "张师傅") String driverName,
            @NotBlank @Size(max = 300) @Schema(examples = "临河 → G7 京新高速 → 乌拉特前旗") String route,
            @NotNull @Schema(examples = "2030-02-02T15:00:00+08:00") OffsetDateTime expectedArrival) {
    }

    @Schema(name = "PassReference", description = "The emergency-transport pass issued for this dispatch (by checkpoint-service, or entered by hand).", examples = Examples.PASS_REFERENCE)
    public record PassReference(
            @NotNull @Schema(examples = "5b0c6a1e-8d7f-4c2a-9e31-0f4d2b7a9c10") UUID passId,
            @NotBlank @Size(max = 512) @Schema(examples = "EP-150800-20200202-0001.sig") String passCode) {
    }

    @Schema(name = "Delivery", description = "The recipient's confirmation of delivery.", examples = Examples.DELIVERY)
    public record Delivery(
            @NotBlank @Size(max = 60) @Schema(examples = "医院物资科") String receivedBy,
            @Schema(examples = "2020-02-02T14:40:00+08:00", description = "Default now; not in the future, not before departure.") OffsetDateTime at) {
    }

    @Schema(name = "DispatchCancellation", description = "Why a planned dispatch does not leave.", examples = Examples.DISPATCH_CANCELLATION)
    public record Cancellation(@NotBlank @Size(max = 500) @Schema(examples = "Vehicle broke down") String reason) {
    }

    @Schema(name = "Dispatch", description = "A dispatch: PLANNED → DEPARTED (needs the pass) → DELIVERED, or CANCELLED before departure.", examples = Examples.DISPATCH)
    public record DispatchView(UUID id, UUID recipientId, @Schema(maxLength = 200, examples = "巴彦淖尔市医院") String recipientName, UUID warehouseId,
                               @Schema(maxLength = 120, examples = "巴彦淖尔市应急物资储备库（临河）") String warehouseName,
                               @Schema(maxItems = 50) List<UUID> reservationIds, @Schema(maxItems = 50) List<DispatchLine> lines,
                               @Schema(maxLength = 12, examples = "蒙L·A1234") String vehiclePlate, @Schema(maxLength = 60, examples = "张师傅") String driverName,
                               @Schema(maxLength = 300) String route, OffsetDateTime expectedArrival,
                               @Schema(nullable = true, description = "Null until the emergency-transport pass is recorded.") UUID passId,
                               @Schema(nullable = true, maxLength = 512) String passCode, @Schema(nullable = true) OffsetDateTime passRecordedAt,
                               @Schema(nullable = true, maxLength = 600, description = "Why checkpoint-service refused the automatic green-lane pass, when it did (e.g. the vehicle already holds one); null otherwise.") String passRefusal, @Schema(examples = "DEPARTED") DispatchState state,
                               @Schema(nullable = true) OffsetDateTime departedAt, @Schema(nullable = true) OffsetDateTime deliveredAt, @Schema(nullable = true, maxLength = 60) String receivedBy, @Schema(nullable = true) OffsetDateTime cancelledAt,
                               @Schema(nullable = true, maxLength = 500) String cancelReason, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "DispatchLine", description = "An item and quantity on a dispatch.")
    public record DispatchLine(UUID itemId, @Schema(maxLength = 120, examples = "N95 口罩 (N95 respirator)") String itemName, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "3000") int quantity) {
    }
}
