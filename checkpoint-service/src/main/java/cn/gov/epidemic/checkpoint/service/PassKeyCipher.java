package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.kit.sealing.AesGcm;

import javax.crypto.AEADBadTagException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Seals a pass-signing private key for the database with the key-encryption key (the kit's {@link AesGcm}: a random
 * 12-byte nonce, then the ciphertext and its tag); the key id is the associated data, so a sealed key moved to another
 * row does not open. A wrong key-encryption key is an error, never a reason to make a new key.
 */
public final class PassKeyCipher {

    private final AesGcm kek;

    private PassKeyCipher(AesGcm kek) {
        this.kek = kek;
    }

    /** From the configured value: base64 of 32 bytes (e.g. {@code openssl rand -base64 32}). */
    public static PassKeyCipher fromBase64(String value) {
        return new PassKeyCipher(AesGcm.fromBase64(value, "checkpoint.pass.kek (CHECKPOINT_PASS_KEK)"));
    }

    public byte[] seal(String keyId, byte[] plaintext) {
        return kek.seal(keyId.getBytes(StandardCharsets.UTF_8), plaintext);
    }

    /** The private key; fails loudly when the key-encryption key is not the one it was sealed with. */
    public byte[] open(String keyId, byte[] sealed) {
        try {
            return kek.open(keyId.getBytes(StandardCharsets.UTF_8), sealed);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the pass key-encryption key (CHECKPOINT_PASS_KEK) does not open the stored "
                    + "pass-signing key " + keyId + ": it was sealed with another key-encryption key. Configure that one; "
                    + "the service does not make a new signing key in its place (every pass issued would stop verifying)");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("stored pass-signing key " + keyId + " is unreadable");
        }
    }
}
