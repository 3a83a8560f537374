package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A lot of an item: arrives QUARANTINED, RELEASED after the conformity check, or HELD. */
@Entity
@Table(name = "lot")
public class Lot extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "item_id")
    public UUID itemId;
    @Column(name = "lot_number")
    public String lotNumber;
    public LocalDate expiry;
    @Enumerated(EnumType.STRING)
    public LotState state;
    @Column(name = "shipment_id")
    public UUID shipmentId;
    @Column(name = "donation_id")
    public UUID donationId;
    @Column(name = "directed_recipient_id")
    public UUID directedRecipientId;
    @Column(name = "checked_standard")
    public String checkedStandard;
    @Column(name = "certificate_reference")
    public String certificateReference;
    @Column(name = "state_reason")
    public String stateReason;
    @Column(name = "released_at")
    public OffsetDateTime releasedAt;
    @Column(name = "released_by")
    public String releasedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
