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

/** Who asks for or receives supplies: a banner/county/district, a hospital or an organisation. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public RecipientKind kind;
    @Column(name = "division_code")
    public String divisionCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
