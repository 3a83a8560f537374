package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A line of a shipment: item, quantity shipped, lot and expiry; after receipt the quantity received and why it differs. */
@Entity
@Table(name = "shipment_line")
public class ShipmentLine extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "shipment_id")
    public UUID shipmentId;
    @Column(name = "line_no")
    public int lineNo;
    @Column(name = "item_id")
    public UUID itemId;
    public int quantity;
    @Column(name = "lot_number")
    public String lotNumber;
    public LocalDate expiry;
    @Column(name = "received_quantity")
    public Integer receivedQuantity;
    @Enumerated(EnumType.STRING)
    @Column(name = "discrepancy_reason")
    public DiscrepancyReason discrepancyReason;
    @Column(name = "discrepancy_note")
    public String discrepancyNote;
    @Column(name = "lot_id")
    public UUID lotId;
}
