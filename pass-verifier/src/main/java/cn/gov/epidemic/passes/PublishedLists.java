package cn.gov.epidemic.passes;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the documents checkpoint-service publishes for offline devices, exactly as served:
 * {@code GET /api/v1/checkpoints/pass-keys} → {@code {"keys":[{"keyId","algorithm":"Ed25519","publicKey":"<base64 X.509>"}]}}
 * and {@code GET /api/v1/checkpoints/pass-revocations} → {@code {"items":[{"passId","reason":"REVOKED|USED","at"}], "asOf"}}.
 * Unknown fields are ignored.
 */
public final class PublishedLists {

    private PublishedLists() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, PublicKey> keys(String json) {
        Object root = MiniJson.parse(json);
        if (!(root instanceof Map<?, ?> m) || !(m.get("keys") instanceof List<?> list)) {
            throw new IllegalArgumentException("a key set is {\"keys\": [...]}");
        }
        Map<String, PublicKey> keys = new HashMap<>();
        for (Object o : list) {
            Map<String, Object> k = (Map<String, Object>) o;
            if (k.get("algorithm") != null && !PassCodes.ALGORITHM.equals(k.get("algorithm"))) continue;
            keys.put((String) k.get("keyId"), PassCodes.decodePublicKey((String) k.get("publicKey")));
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    public static List<Revocation> revocations(String json) {
        Object root = MiniJson.parse(json);
        if (!(root instanceof Map<?, ?> m) || !(m.get("items") instanceof List<?> list)) {
            throw new IllegalArgumentException("a revocation list is {\"items\": [...]}");
        }
        List<Revocation> out = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> r = (Map<String, Object>) o;
            Object at = r.get("at");
            out.add(new Revocation(UUID.fromString((String) r.get("passId")), Reason.valueOf((String) r.get("reason")),
                    at == null ? null : java.time.OffsetDateTime.parse((String) at).toInstant()));
        }
        return out;
    }

    static Instant parseInstant(String s) {
        return java.time.OffsetDateTime.parse(s).toInstant();
    }
}
