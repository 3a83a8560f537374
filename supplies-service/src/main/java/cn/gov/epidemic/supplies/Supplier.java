package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A supplier, with its ISO 3166-1 alpha-2 country (MN, TR, KR ...). */
@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String country;
    public String city;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
