package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** A unit people are sent from, such as a district political-legal committee or public security bureau. */
@Entity
@Table(name = "source_unit")
public class SourceUnit extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public UnitKind kind;
    @Column(name = "division_code")
    public String divisionCode;
    @Version
    public long version;
}
