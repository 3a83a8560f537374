package cn.gov.epidemic.kit.sealing;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM with associated data (JDK only): a sealed value is a random 12-byte nonce, then the ciphertext and its
 * 128-bit tag. The associated data binds it to where it belongs (a key id, a record id), so a value moved elsewhere
 * does not open. The one place the suite encrypts: pass-signing keys at rest, personal data sealed in events.
 */
public final class AesGcm {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private AesGcm(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** From base64 of 32 bytes (e.g. {@code openssl rand -base64 32}); {@code what} names the setting in the error. */
    public static AesGcm fromBase64(String value, String what) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not base64");
        }
        if (key.length != 32) throw new IllegalStateException(what + " must be 32 bytes (AES-256), not " + key.length);
        return new AesGcm(key);
    }

    public byte[] seal(byte[] associatedData, byte[] plaintext) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(associatedData);
            byte[] sealed = c.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed"); // no detail: nothing of the key or the value in logs
        }
    }

    /**
     * The plaintext; {@link javax.crypto.AEADBadTagException} when this key or this associated data is not the one it
     * was sealed with (or the value was altered), another {@link GeneralSecurityException} when it is too short.
     */
    public byte[] open(byte[] associatedData, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < NONCE + TAG_BITS / 8) throw new GeneralSecurityException("sealed value too short");
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
        c.updateAAD(associatedData);
        return c.doFinal(sealed, NONCE, sealed.length - NONCE);
    }
}
