package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Goods of a donation: they enter the ledger as a lot. */
@Entity
@Table(name = "donation_line")
public class DonationLine extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "donation_id")
    public UUID donationId;
    @Column(name = "line_no")
    public int lineNo;
    @Column(name = "item_id")
    public UUID itemId;
    @Column(name = "warehouse_id")
    public UUID warehouseId;
    public int quantity;
    @Column(name = "lot_id")
    public UUID lotId;
}
