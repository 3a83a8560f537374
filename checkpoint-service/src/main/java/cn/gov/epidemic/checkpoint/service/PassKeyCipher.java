package cn.gov.epidemic.checkpoint.service;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals a pass-signing private key for the database with the key-encryption key (AES-256-GCM, JDK only): a random
 * 12-byte nonce, then the ciphertext and its tag; the key id is the associated data, so a sealed key moved to another
 * row does not open. A wrong key-encryption key is an error, never a reason to make a new key.
 */
public final class PassKeyCipher {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec kek;

    private PassKeyCipher(byte[] key) {
        this.kek = new SecretKeySpec(key, "AES");
    }

    /** From the configured value: base64 of 32 bytes (e.g. {@code openssl rand -base64 32}). */
    public static PassKeyCipher fromBase64(String value) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("checkpoint.pass.kek (CHECKPOINT_PASS_KEK) is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("checkpoint.pass.kek (CHECKPOINT_PASS_KEK) must be 32 bytes (AES-256), not " + key.length);
        }
        return new PassKeyCipher(key);
    }

    public byte[] seal(String keyId, byte[] plaintext) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("pass key sealing failed"); // no detail: nothing of the key in logs
        }
    }

    /** The private key; fails loudly when the key-encryption key is not the one it was sealed with. */
    public byte[] open(String keyId, byte[] sealed) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            c.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the pass key-encryption key (CHECKPOINT_PASS_KEK) does not open the stored "
                    + "pass-signing key " + keyId + ": it was sealed with another key-encryption key. Configure that one; "
                    + "the service does not make a new signing key in its place (every pass issued would stop verifying)");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("stored pass-signing key " + keyId + " is unreadable");
        }
    }
}
