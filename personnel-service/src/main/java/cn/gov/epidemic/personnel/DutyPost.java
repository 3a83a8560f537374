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

/** A duty post to be staffed around the clock: a vanguard post, a persuasion station at a village road. */
@Entity
@Table(name = "duty_post")
public class DutyPost extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public PostKind kind;
    @Column(name = "division_code")
    public String divisionCode;
    public String location;
    @Version
    public long version;
}
