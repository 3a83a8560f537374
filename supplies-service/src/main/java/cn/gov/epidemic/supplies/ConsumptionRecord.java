package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Units of an item used in a day, drawn from a warehouse's area (for days of cover). */
@Entity
@Table(name = "consumption_record")
public class ConsumptionRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "warehouse_id")
    public UUID warehouseId;
    @Column(name = "item_id")
    public UUID itemId;
    public LocalDate day;
    public int quantity;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
