package cn.gov.epidemic.passes;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The Ed25519 implementations that sign and check pass codes. {@link #BOUNCY_CASTLE} is the default: on one core it
 * verifies about 8 times and signs about 25 times faster than the JDK 17's own (bench/verify.sh, VerifyBench), used through
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

        @Override
        byte[] sign(PrivateKey key, byte[] prefix, byte[] payload) {
            try {
                Signature s = Signature.getInstance(PassCodes.ALGORITHM);
                s.initSign(key);
                s.update(prefix);
                s.update(payload);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 signing failed", e);
            }
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

        @Override
        byte[] sign(PrivateKey key, byte[] prefix, byte[] payload) {
            Signing last = lastSigning;
            if (last == null || last.key() != key) lastSigning = last = new Signing(key, new Ed25519PrivateKeyParameters(seed(key), 0));
            byte[] message = new byte[prefix.length + payload.length];
            System.arraycopy(prefix, 0, message, 0, prefix.length);
            System.arraycopy(payload, 0, message, prefix.length, payload.length);
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            last.bc().sign(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, signature, 0);
            return signature;
        }
    };

    /** The key last signed with, prepared: a service signs with one key at a time (its public half is derived once). */
    private record Signing(PrivateKey key, Ed25519PrivateKeyParameters bc) {
    }

    private static volatile Signing lastSigning;

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

    /** The Ed25519 signature (deterministic, RFC 8032: the same bytes whichever engine) of prefix followed by payload. */
    abstract byte[] sign(PrivateKey key, byte[] prefix, byte[] payload);

    /** X.509 PKCS#8 PrivateKeyInfo of an Ed25519 key (RFC 8410, version 1): this fixed header, then the 32-byte seed. */
    private static final byte[] PKCS8_HEADER = HexFormat.of().parseHex("302e020100300506032b657004220420");

    /** The 32-byte seed of an Ed25519 private key. */
    static byte[] seed(PrivateKey key) {
        if (key instanceof java.security.interfaces.EdECPrivateKey ed && ed.getBytes().isPresent()) return ed.getBytes().get();
        byte[] e = key == null ? null : key.getEncoded();
        if (e == null || e.length != PKCS8_HEADER.length + Ed25519.SECRET_KEY_SIZE
                || !Arrays.equals(e, 0, PKCS8_HEADER.length, PKCS8_HEADER, 0, PKCS8_HEADER.length)) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
        return Arrays.copyOfRange(e, PKCS8_HEADER.length, e.length);
    }

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
