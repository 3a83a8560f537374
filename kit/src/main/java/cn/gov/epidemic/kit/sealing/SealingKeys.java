package cn.gov.epidemic.kit.sealing;

import javax.crypto.AEADBadTagException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The keys that seal personal data carried by an event for the one service meant to read it: {@code id:base64key}
 * entries separated by commas or line breaks, the first seals, every one opens (a key is rotated by putting a new
 * one first at the producer, after the consumer has it, and dropping the old one once the topic's retention has
 * passed). A sealed value is {@code <keyId>.<base64url(nonce, ciphertext, tag)>}; its associated data is the key id
 * and a context naming the record and field (e.g. {@code referral/<id>/phone}), so a value copied onto another
 * record does not open. Neither the keys nor the values ever appear in a message.
 */
public final class SealingKeys {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final String sealingKeyId;
    private final Map<String, AesGcm> keys;

    private SealingKeys(String sealingKeyId, Map<String, AesGcm> keys) {
        this.sealingKeyId = sealingKeyId;
        this.keys = keys;
    }

    /** From the configured value; {@code what} names the setting in errors (which never quote the value). */
    public static SealingKeys parse(String value, String what) {
        Map<String, AesGcm> keys = new LinkedHashMap<>();
        for (String entry : value.strip().split("[,\\s]+")) {
            if (entry.isEmpty()) continue;
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon);
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(what + ": each key is <id>:<base64 of 32 bytes>, the id of 1 to 32 letters, digits, - or _");
            }
            if (keys.put(id, AesGcm.fromBase64(entry.substring(colon + 1), what + " (key " + id + ")")) != null) {
                throw new IllegalStateException(what + ": key id " + id + " given twice");
            }
        }
        if (keys.isEmpty()) throw new IllegalStateException(what + " holds no key");
        return new SealingKeys(keys.keySet().iterator().next(), Map.copyOf(keys));
    }

    /** The id of the key new values are sealed with. */
    public String sealingKeyId() {
        return sealingKeyId;
    }

    /** The context of a field of a record, the associated data both sides name the same way. */
    public static String context(String aggregateType, Object id, String field) {
        return aggregateType + "/" + id + "/" + field;
    }

    /** {@code value} sealed with the first key for {@code context}; null stays null. */
    public String seal(String context, String value) {
        if (value == null) return null;
        byte[] sealed = keys.get(sealingKeyId).seal(aad(sealingKeyId, context), value.getBytes(StandardCharsets.UTF_8));
        return sealingKeyId + "." + B64.encodeToString(sealed);
    }

    /** The value sealed for {@code context}; {@link Unreadable} (saying why, never what) when it cannot be opened here. */
    public String open(String context, String sealed) throws Unreadable {
        int dot = sealed.indexOf('.');
        String id = dot < 0 ? "" : sealed.substring(0, dot);
        AesGcm key = keys.get(id);
        if (dot < 0 || !KEY_ID.matcher(id).matches()) throw new Unreadable(null, "not a sealed value (<keyId>.<base64url>)");
        if (key == null) throw new Unreadable(id, "sealed with key " + id + ", which is not configured here");
        try {
            return new String(key.open(aad(id, context), Base64.getUrlDecoder().decode(sealed.substring(dot + 1))), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new Unreadable(id, "does not open with key " + id + " for " + context + " (another key under that id, another record's value, or altered)");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unreadable(id, "malformed sealed value under key " + id);
        }
    }

    private static byte[] aad(String keyId, String context) {
        return (keyId + "|" + context).getBytes(StandardCharsets.UTF_8);
    }

    /** A sealed value this keyring cannot open; the message names the key id and the reason only. */
    public static final class Unreadable extends Exception {
        private final String keyId;

        Unreadable(String keyId, String reason) {
            super(reason, null, false, false);
            this.keyId = keyId;
        }

        /** The key id the value names, or null when it names none. */
        public String keyId() {
            return keyId;
        }
    }
}
