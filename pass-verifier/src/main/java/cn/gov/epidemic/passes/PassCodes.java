package cn.gov.epidemic.passes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The text form of a pass code: {@code CP1.<base64url(payload)>.<base64url(signature)>} (no padding), where the
 * Ed25519 signature covers the ASCII prefix {@code CP1.} followed by the payload bytes ({@link PassPayload}). About
 * 170 characters: small enough for a QR code of version 9 or so.
 */
public final class PassCodes {

    public static final String PREFIX = "CP1.";
    public static final String ALGORITHM = "Ed25519";
    /** The syntax of a code (what a request can be checked against before any cryptography). */
    public static final String SYNTAX = "CP1\\.[A-Za-z0-9_-]{20,700}\\.[A-Za-z0-9_-]{20,200}";
    private static final Pattern SYNTAX_PATTERN = Pattern.compile(SYNTAX);
    static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();

    private PassCodes() {
    }

    /** Signs a payload with the private key named by the payload's keyId ({@link Ed25519Engine#DEFAULT}); returns the text form. */
    public static String sign(PassPayload payload, PrivateKey key) {
        byte[] body = payload.encode();
        return PREFIX + ENC.encodeToString(body) + "." + ENC.encodeToString(Ed25519Engine.DEFAULT.sign(key, PREFIX_BYTES, body));
    }

    public static boolean wellFormed(String code) {
        return code != null && SYNTAX_PATTERN.matcher(code).matches();
    }

    /** The parts of a code in the syntax; null when it is not (MALFORMED), or when the base64 is not canonical. */
    static Parts split(String code) {
        if (!wellFormed(code)) return null;
        int dot = code.indexOf('.', PREFIX.length());
        String p = code.substring(PREFIX.length(), dot);
        String s = code.substring(dot + 1);
        try {
            byte[] payload = DEC.decode(p);
            byte[] sig = DEC.decode(s);
            // base64 has spare bits in its last character: a code must be the one canonical encoding of its bytes,
            // or a changed character could decode to the same bytes and go unnoticed
            if (!ENC.encodeToString(payload).equals(p) || !ENC.encodeToString(sig).equals(s)) return new Parts(null, null);
            return new Parts(payload, sig);
        } catch (IllegalArgumentException e) {
            return new Parts(null, null);
        }
    }

    record Parts(byte[] payload, byte[] signature) {
    }

    /** A new signing key pair. */
    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A public key as published: base64 (standard alphabet) of its X.509 SubjectPublicKeyInfo encoding. */
    public static String encodePublicKey(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey decodePublicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
    }
}
