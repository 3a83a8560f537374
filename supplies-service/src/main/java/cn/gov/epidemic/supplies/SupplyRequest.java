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

/** A request for a quantity of an item by a recipient, with a priority tier. */
@Entity
@Table(name = "supply_request")
public class SupplyRequest extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "recipient_id")
    public UUID recipientId;
    @Column(name = "item_id")
    public UUID itemId;
    public int quantity;
    public int allocated;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Column(name = "needed_by")
    public LocalDate neededBy;
    public String note;
    @Enumerated(EnumType.STRING)
    public RequestState state;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
