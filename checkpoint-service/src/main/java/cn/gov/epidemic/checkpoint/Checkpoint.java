package cn.gov.epidemic.checkpoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A road checkpoint: location, agencies on duty, state, and whether it has a green lane for emergency supplies. */
@Entity
public class Checkpoint extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public CheckpointKind kind;
    public String road;
    @Column(name = "km_marker")
    public BigDecimal kmMarker;
    public BigDecimal latitude;
    public BigDecimal longitude;
    @Column(name = "division_code")
    public String divisionCode;
    /** Comma-separated {@link Agency} names. */
    public String agencies;
    @Enumerated(EnumType.STRING)
    public CheckpointState state;
    @Column(name = "green_lane")
    public boolean greenLane;
    @Column(name = "designated_hospital")
    public String designatedHospital;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
