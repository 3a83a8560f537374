package cn.gov.epidemic.supplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The part of a reservation taken from one lot. */
@Entity
@Table(name = "reservation_lot")
public class ReservationLot extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "reservation_id")
    public UUID reservationId;
    @Column(name = "lot_id")
    public UUID lotId;
    public int quantity;
}
