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

/** A catalogue item (protective suit, disposable medical mask, N95 respirator ...) with its unit of measure and the standard it must meet. */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public ItemCategory category;
    @Column(name = "unit_of_measure")
    public String unitOfMeasure;
    public String standard;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
