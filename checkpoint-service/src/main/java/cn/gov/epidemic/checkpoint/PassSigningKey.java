package cn.gov.epidemic.checkpoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An Ed25519 key pair for pass codes. The private key is null when it is kept in a configured file instead. */
@Entity
@Table(name = "pass_signing_key")
public class PassSigningKey extends PanacheEntityBase {

    @Id
    @Column(name = "key_id")
    public String keyId;
    public String algorithm;
    @Column(name = "public_key")
    public byte[] publicKey;
    @Column(name = "private_key")
    public byte[] privateKey;
    public boolean active;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Override
    public String toString() {
        return "PassSigningKey[" + keyId + "]"; // never the key material
    }
}
