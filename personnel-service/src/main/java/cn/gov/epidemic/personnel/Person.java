package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who can be deployed; the ID-card number and phone are personal data, masked on the way out. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public PersonCategory category;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "party_member")
    public boolean partyMember;
    @Column(name = "id_card_number")
    public String idCardNumber;
    public String phone;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
