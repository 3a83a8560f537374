package cn.gov.epidemic.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person listed on a private-car pass besides the driver (personal data). */
@Embeddable
public class Passenger {

    public String name;
    @Column(name = "id_card_number")
    public String idCardNumber;
    public String phone;

    public Passenger() {
    }

    public Passenger(String name, String idCardNumber, String phone) {
        this.name = name;
        this.idCardNumber = idCardNumber;
        this.phone = phone;
    }
}
