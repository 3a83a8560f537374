package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An order to a supplier. */
@Entity
@Table(name = "procurement_order")
public class ProcurementOrder extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "supplier_id")
    public UUID supplierId;
    public String reference;
    @Column(name = "ordered_on")
    public LocalDate orderedOn;
    public String currency;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
