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

/** Stock set aside for a recipient (from an approved plan or directly), first-expiry-first-out over lots. */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "recipient_id")
    public UUID recipientId;
    @Column(name = "item_id")
    public UUID itemId;
    @Column(name = "warehouse_id")
    public UUID warehouseId;
    public int quantity;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "dispatch_id")
    public UUID dispatchId;
    @Enumerated(EnumType.STRING)
    public ReservationState state;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
