package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A recorded change of an observation period: who changed it, when, from and to how many days, and why. */
@Entity
@Table(name = "observation_change")
public class ObservationChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "key_person_id")
    public UUID keyPersonId;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "old_days")
    public int oldDays;
    @Column(name = "new_days")
    public int newDays;
    public String reason;
}
