package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.passes.PassType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A vehicle pass and its signed code. Not alterable: after issue only its state changes (revoked, used). */
@Entity
public class Pass extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public PassType type;
    public String plate;
    @Column(name = "issuing_body")
    public String issuingBody;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "driver_name")
    public String driverName;
    @Column(name = "driver_id_card")
    public String driverIdCard;
    @Column(name = "driver_phone")
    public String driverPhone;
    public String matter;
    public String cargo;
    public String enterprise;
    public String goods;
    public String origin;
    public String route;
    public String destination;
    @Column(name = "departure_date")
    public LocalDate departureDate;
    @Column(name = "valid_from")
    public OffsetDateTime validFrom;
    @Column(name = "valid_until")
    public OffsetDateTime validUntil;
    public int holders;
    @Column(name = "green_lane")
    public boolean greenLane;
    @Enumerated(EnumType.STRING)
    public PassState state;
    @Column(name = "voided_at")
    public OffsetDateTime voidedAt;
    @Column(name = "void_reason")
    public String voidReason;
    @Column(name = "arrival_checkpoint_id")
    public UUID arrivalCheckpointId;
    /** The supplies dispatch this green-lane pass was issued for (flow 1), if any. */
    @Column(name = "dispatch_id")
    public UUID dispatchId;
    public String code;
    @Column(name = "key_id")
    public String keyId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pass_passenger", joinColumns = @JoinColumn(name = "pass_id"))
    @OrderColumn(name = "seq")
    public List<Passenger> passengers = new ArrayList<>();
}
