package cn.gov.epidemic.checkpoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One vehicle checked at a checkpoint, with its occupants (JSON, personal data) and the outcome. */
@Entity
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "checkpoint_id")
    public UUID checkpointId;
    @Column(name = "inspected_at")
    public OffsetDateTime inspectedAt;
    /** The calendar day of the check in the service's zone: the key of the daily statistics. */
    public LocalDate day;
    public String plate;
    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_kind")
    public VehicleKind vehicleKind;
    public String origin;
    public String destination;
    @Column(name = "destination_division_code")
    public String destinationDivisionCode;
    @Column(name = "pass_id")
    public UUID passId;
    /** The verification reason of the pass presented (VALID, REVOKED ...), null when none was presented. */
    @Column(name = "pass_result")
    public String passResult;
    @Column(name = "occupant_count")
    public int occupantCount;
    @Column(name = "fever_count")
    public int feverCount;
    @JdbcTypeCode(SqlTypes.JSON)
    public String occupants;
    @Enumerated(EnumType.STRING)
    public InspectionOutcome outcome;
    public String note;
    public String inspector;
}
