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

/** An officer deployed in the division who follows a key person up (assigned when the observation opens from a referral). */
@Entity
@Table(name = "key_person_assignment")
public class KeyPersonAssignment extends PanacheEntityBase {

    /** Key person and the deployment of the officer. */
    @Embeddable
    public record Key(@Column(name = "key_person_id") UUID keyPersonId, @Column(name = "deployment_id") UUID deploymentId) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;
}
