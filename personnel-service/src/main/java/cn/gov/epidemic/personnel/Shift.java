package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A period during which a person or a team covers a duty post. */
@Entity
public class Shift extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "post_id")
    public UUID postId;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    @Column(name = "team_id")
    public UUID teamId;
    @Column(name = "person_id")
    public UUID personId;
}
