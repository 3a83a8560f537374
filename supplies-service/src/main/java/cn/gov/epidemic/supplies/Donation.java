package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A donation of money or goods; directed to a named recipient, or undirected into the pool. */
@Entity
@Table(name = "donation")
public class Donation extends PanacheEntityBase {

    @Id
    public UUID id;
    public String donor;
    @Enumerated(EnumType.STRING)
    public DonationKind kind;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "division_code")
    public String divisionCode;
    public BigDecimal amount;
    public String currency;
    public boolean directed;
    @Column(name = "directed_recipient_id")
    public UUID directedRecipientId;
    public String purpose;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
