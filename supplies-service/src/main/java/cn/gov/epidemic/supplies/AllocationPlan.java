package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A computed plan for sharing scarce stock of an item among open requests. */
@Entity
@Table(name = "allocation_plan")
public class AllocationPlan extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "item_id")
    public UUID itemId;
    @Column(name = "warehouse_id")
    public UUID warehouseId;
    public int quantity;
    public int available;
    public String rule;
    @Enumerated(EnumType.STRING)
    public PlanState state;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "rejected_by")
    public String rejectedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
