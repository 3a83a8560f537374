package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An inbound shipment: from the origin through a port of entry to a warehouse, with a state (see ShipmentState). */
@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "order_id")
    public UUID orderId;
    @Column(name = "supplier_id")
    public UUID supplierId;
    public String reference;
    public String origin;
    @Column(name = "port_of_entry")
    public String portOfEntry;
    @Column(name = "warehouse_id")
    public UUID warehouseId;
    public String carrier;
    @Column(name = "planned_arrival")
    public LocalDate plannedArrival;
    @Enumerated(EnumType.STRING)
    public ShipmentState state;
    @Column(name = "state_changed_at")
    public OffsetDateTime stateChangedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
