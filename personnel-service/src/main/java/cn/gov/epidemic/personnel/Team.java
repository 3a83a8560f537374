package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A team (shock, guard, special, volunteer service team; spearhead squad; vanguard team) in a division. */
@Entity
public class Team extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public TeamKind kind;
    @Column(name = "division_code")
    public String divisionCode;
    @Column(name = "leader_id")
    public UUID leaderId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
