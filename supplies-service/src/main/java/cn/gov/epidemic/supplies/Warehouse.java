package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A warehouse stock is kept in (Linhe, 临河). */
@Entity
@Table(name = "warehouse")
public class Warehouse extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Column(name = "division_code")
    public String divisionCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
