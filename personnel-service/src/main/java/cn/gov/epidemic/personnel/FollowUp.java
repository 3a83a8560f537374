package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A daily follow-up of a key person: temperature and symptoms (health data, masked without personnel:pii). */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "key_person_id")
    public UUID keyPersonId;
    public LocalDate day;
    public BigDecimal temperature;
    /** Comma-separated symptom words; empty when none. */
    public String symptoms;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
