package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.supplies.PlanState;
import cn.gov.epidemic.supplies.Priority;
import cn.gov.epidemic.supplies.RequestState;
import cn.gov.epidemic.supplies.ReservationState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of requests, allocation plans and reservations. */
public final class AllocationApi {

    private AllocationApi() {
    }

    @Schema(name = "NewRequest", description = "A recipient asks for a quantity of an item, with a priority tier.", examples = Examples.NEW_REQUEST)
    public record NewRequest(
            @NotNull UUID recipientId,
            @NotNull UUID itemId,
            @NotNull @Positive @Max(100_000_000) @Schema(examples = "3000") Integer quantity,
            @NotNull @Schema(examples = "DESIGNATED_FEVER_HOSPITAL") Priority priority,
            @Schema(examples = "2020-02-03") LocalDate neededBy,
            @Size(max = 500) @Schema(examples = "发热门诊及隔离病区") String note) {
    }

    @Schema(name = "Request", description = "A request and how much of it is allocated.", examples = Examples.REQUEST)
    public record RequestView(UUID id, UUID recipientId, @Schema(maxLength = 200, examples = "巴彦淖尔市医院") String recipientName, UUID itemId,
                              @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "3000") int quantity, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "3000") int allocated,
                              @Schema(examples = "DESIGNATED_FEVER_HOSPITAL") Priority priority, @Schema(nullable = true) LocalDate neededBy, @Schema(nullable = true, maxLength = 500) String note,
                              @Schema(examples = "ALLOCATED") RequestState state, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "NewAllocationPlan", description = "Compute a plan for the available stock of an item in a warehouse over the open requests.", examples = Examples.NEW_ALLOCATION_PLAN)
    public record NewAllocationPlan(
            @NotNull UUID itemId,
            @NotNull UUID warehouseId,
            @Positive @Schema(examples = "5000", description = "Units to share out; default all available (released, unexpired, undirected) stock; never more.") @Max(100_000_000) Integer quantity,
            @Size(max = 500) @Schema(description = "Only these requests (default all open requests for the item).") List<@NotNull UUID> requestIds) {
    }

    @Schema(name = "AllocationPlan", description = "A plan with a line and a reason for every request.", examples = Examples.ALLOCATION_PLAN)
    public record PlanView(UUID id, UUID itemId, UUID warehouseId, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "5000") int quantity,
                           @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "7980", description = "Available when the plan was computed.") int available,
                           @Schema(maxLength = 1000, description = "The rule, in words.") String rule, @Schema(examples = "PROPOSED") PlanState state,
                           @Schema(maxLength = 200) String proposedBy, @Schema(nullable = true, maxLength = 200, description = "Who approved it (APPROVED only).") String approvedBy,
                           @Schema(nullable = true, maxLength = 200, description = "Who rejected it (REJECTED only).") String rejectedBy, @Schema(nullable = true) OffsetDateTime decidedAt, @Schema(maxItems = Bounds.MAX_ROWS) List<PlanLineView> lines,
                           OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "AllocationLine", description = "What one request gets, and why.")
    public record PlanLineView(@Schema(minimum = "1", maximum = Bounds.INT_MAX) int lineNo, UUID requestId, UUID recipientId, @Schema(maxLength = 200, examples = "巴彦淖尔市医院") String recipientName,
                               @Schema(examples = "DESIGNATED_FEVER_HOSPITAL") Priority priority, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "3000") int outstanding,
                               @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "3000") int quantity,
                               @Schema(maxLength = 500, examples = "tier 1 (DESIGNATED_FEVER_HOSPITAL): 5000 left for 3000 outstanding in the tier, so every request in full") String reason,
                               @Schema(nullable = true) UUID reservationId) {
    }

    @Schema(name = "PlanRejection", description = "Why a plan is not approved.", examples = Examples.PLAN_REJECTION)
    public record PlanRejection(@Size(max = 500) @Schema(examples = "Wait for the second shipment") String reason) {
    }

    @Schema(name = "NewReservation", description = "Reserve available stock for a recipient: first expiry first out over released, unexpired lots, or from one named lot.", examples = Examples.NEW_RESERVATION)
    public record NewReservation(
            @NotNull UUID recipientId,
            @NotNull UUID itemId,
            @NotNull UUID warehouseId,
            @NotNull @Positive @Max(100_000_000) @Schema(examples = "100") Integer quantity,
            @Schema(description = "Take only from this lot (refused if it is quarantined, held or expired).") UUID lotId,
            @Schema(description = "The request this fulfils (its allocated count grows).") UUID requestId) {
    }

    @Schema(name = "Reservation", description = "Stock set aside for a recipient, per lot.", examples = Examples.RESERVATION)
    public record ReservationView(UUID id, UUID recipientId, UUID itemId, UUID warehouseId, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "100") int quantity,
                                  @Schema(nullable = true) UUID requestId, @Schema(nullable = true) UUID planId, @Schema(nullable = true) UUID dispatchId, @Schema(examples = "ACTIVE") ReservationState state,
                                  @Schema(maxItems = Bounds.MAX_ROWS) List<ReservedLot> lots, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "ReservedLot", description = "The part of a reservation taken from one lot.")
    public record ReservedLot(UUID lotId, @Schema(maxLength = 60, examples = "KR-N95-200115") String lotNumber, @Schema(nullable = true) LocalDate expiry, @Schema(minimum = "0", maximum = Bounds.INT_MAX, examples = "100") int quantity) {
    }

    @Schema(name = "Fulfilment", description = "Per recipient and item: requested, allocated (reserved), dispatched and delivered.", examples = Examples.FULFILMENT)
    public record FulfilmentView(UUID recipientId, @Schema(maxLength = 200, examples = "巴彦淖尔市医院") String recipientName, UUID itemId,
                                 @Schema(maxLength = 40, examples = "N95") String itemCode, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "3000") long requested,
                                 @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "3000") long allocated, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "3000") long dispatched,
                                 @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "3000") long delivered, @Schema(examples = "100.0") double percentAllocated,
                                 @Schema(examples = "100.0") double percentDelivered) {
    }
}
