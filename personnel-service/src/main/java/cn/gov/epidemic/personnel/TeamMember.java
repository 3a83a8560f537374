package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's membership of a team. */
@Entity
@Table(name = "team_member")
public class TeamMember extends PanacheEntityBase {

    /** Team and person. */
    @Embeddable
    public record Key(@Column(name = "team_id") UUID teamId, @Column(name = "person_id") UUID personId) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    public String role;
    @Column(name = "joined_at")
    public OffsetDateTime joinedAt;
}
