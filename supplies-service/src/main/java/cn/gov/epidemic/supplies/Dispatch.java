package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A dispatch of reserved stock to a recipient by road, with vehicle, driver, route and the emergency-transport pass. */
@Entity
@Table(name = "dispatch")
public class Dispatch extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "recipient_id")
    public UUID recipientId;
    @Column(name = "warehouse_id")
    public UUID warehouseId;
    @Column(name = "vehicle_plate")
    public String vehiclePlate;
    @Column(name = "driver_name")
    public String driverName;
    public String route;
    @Column(name = "expected_arrival")
    public OffsetDateTime expectedArrival;
    @Column(name = "pass_id")
    public UUID passId;
    @Column(name = "pass_code")
    public String passCode;
    @Column(name = "pass_recorded_at")
    public OffsetDateTime passRecordedAt;
    /** Why checkpoint-service did not issue the automatic pass, if it refused (flow 1). */
    @Column(name = "pass_refusal")
    public String passRefusal;
    @Enumerated(EnumType.STRING)
    public DispatchState state;
    @Column(name = "departed_at")
    public OffsetDateTime departedAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
