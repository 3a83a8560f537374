package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Money of a directed donation passed on to the recipient the donor named. */
@Entity
@Table(name = "donation_forwarding")
public class DonationForwarding extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "donation_id")
    public UUID donationId;
    @Column(name = "recipient_id")
    public UUID recipientId;
    public BigDecimal amount;
    @Column(name = "forwarded_on")
    public LocalDate forwardedOn;
    public String reference;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
