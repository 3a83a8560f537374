package cn.gov.epidemic.checkpoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An Ed25519 key pair for pass codes; the private key only sealed with the key-encryption key ({@code sealedPrivateKey}).
 * {@code privateKey} is the plaintext column of earlier versions, sealed and cleared at start-up.
 */
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
    @Column(name = "sealed_private_key")
    public byte[] sealedPrivateKey;
    public boolean active;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Override
    public String toString() {
        return "PassSigningKey[" + keyId + "]"; // never the key material
    }
}
