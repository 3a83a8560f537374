package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A recorded state change of a shipment (append-only). */
@Entity
@Table(name = "shipment_transition")
public class ShipmentTransition extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "shipment_id")
    public UUID shipmentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ShipmentState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public ShipmentState toState;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    public String actor;
    public String note;
}
