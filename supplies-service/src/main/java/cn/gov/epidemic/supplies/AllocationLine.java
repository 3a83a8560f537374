package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A line of an allocation plan, with the reason for its quantity. */
@Entity
@Table(name = "allocation_line")
public class AllocationLine extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "line_no")
    public int lineNo;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "recipient_id")
    public UUID recipientId;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    public int outstanding;
    public int quantity;
    public String reason;
    @Column(name = "reservation_id")
    public UUID reservationId;
}
