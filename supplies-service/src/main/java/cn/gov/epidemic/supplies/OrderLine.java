package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of a procurement order. */
@Entity
@Table(name = "order_line")
public class OrderLine extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "order_id")
    public UUID orderId;
    @Column(name = "line_no")
    public int lineNo;
    @Column(name = "item_id")
    public UUID itemId;
    public int quantity;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
}
