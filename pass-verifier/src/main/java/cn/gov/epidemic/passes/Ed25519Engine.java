package cn.gov.epidemic.passes;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The Ed25519 implementations a verifier can check signatures with. {@link #BOUNCY_CASTLE} is the default: on one
 * core it verifies several times faster than the JDK's own (bench/verify.sh, VerifyBench), and it is used through
 * BouncyCastle's lightweight API, so no JCA provider is registered in the host application. {@link #JDK} stays for
 * comparison and for the differential test that both decide every code alike.
 */
public enum Ed25519Engine {

    /** The JDK's "Ed25519" {@link Signature} (SunEC). */
    JDK {
        @Override
        Check forKey(PublicKey key) {
            rawKey(key); // the same keys as the other engine
            return (prefix, payload, signature) -> {
                try {
                    Signature s = Signature.getInstance(PassCodes.ALGORITHM);
                    s.initVerify(key);
                    s.update(prefix);
                    s.update(payload);
                    return s.verify(signature);
                } catch (GeneralSecurityException e) {
                    return false; // a signature that does not even parse
                }
            };
        }
    },

    /**
     * BouncyCastle's RFC 8032 Ed25519 (pure Ed25519, no context), with the public key's point decoded and checked
     * once per key rather than once per verification.
     */
    BOUNCY_CASTLE {
        @Override
        Check forKey(PublicKey key) {
            Ed25519PublicKeyParameters point;
            try {
                point = new Ed25519PublicKeyParameters(rawKey(key), 0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not an Ed25519 public key");
            }
            return (prefix, payload, signature) -> {
                byte[] message = new byte[prefix.length + payload.length];
                System.arraycopy(prefix, 0, message, 0, prefix.length);
                System.arraycopy(payload, 0, message, prefix.length, payload.length);
                return point.verify(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, signature, 0);
            };
        }
    };

    /** The engine {@link PassVerifier} uses unless told otherwise. */
    public static final Ed25519Engine DEFAULT = BOUNCY_CASTLE;

    /** X.509 SubjectPublicKeyInfo of an Ed25519 key: this fixed header (RFC 8410), then the 32 key bytes. */
    private static final byte[] SPKI_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    /** A signature check bound to one public key; thread-safe. */
    interface Check {
        /** Whether {@code signature} (64 bytes) signs {@code prefix} followed by {@code payload}. */
        boolean verify(byte[] prefix, byte[] payload, byte[] signature);
    }

    abstract Check forKey(PublicKey key);

    /** The 32 raw bytes of an Ed25519 public key, from its X.509 encoding. */
    static byte[] rawKey(PublicKey key) {
        byte[] e = key == null ? null : key.getEncoded();
        if (e == null || e.length != SPKI_HEADER.length + Ed25519.PUBLIC_KEY_SIZE
                || !Arrays.equals(e, 0, SPKI_HEADER.length, SPKI_HEADER, 0, SPKI_HEADER.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(e, SPKI_HEADER.length, e.length);
    }
}
