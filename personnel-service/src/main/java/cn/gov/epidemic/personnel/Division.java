package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An administrative division (league/city down to gacha/village/community), keyed by its national code. */
@Entity
public class Division extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public DivisionKind kind;
    @Column(name = "parent_code")
    public String parentCode;
    /** Households registered, where known: the denominator of screening coverage. */
    public Integer households;
    @Version
    public long version;
}
