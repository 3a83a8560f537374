package cn.gov.epidemic.passes;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Verifies a pass code with only what a checkpoint device can hold offline: the published key set (key id → Ed25519
 * public key) and the revocation list. No database, no network. Thread-safe; the key set and list are copied.
 *
 * <p>Checks, in order: syntax ({@link Reason#MALFORMED}); key id published and a 64-byte signature
 * ({@link Reason#BAD_SIGNATURE}); canonical encoding, decodable payload and a signature that matches it
 * ({@link Reason#ALTERED}); revoked / used; plate ({@link Reason#WRONG_VEHICLE}); validity window; occupants.
 * Signatures are checked with {@link Ed25519Engine#DEFAULT}; each published key is decoded once, here.
 */
public final class PassVerifier {

    private final Map<String, Ed25519Engine.Check> keys;
    private final Map<UUID, Revocation> revocations;

    /** @throws IllegalArgumentException when a key is not an Ed25519 public key */
    public PassVerifier(Map<String, PublicKey> keys, Collection<Revocation> revocations) {
        this(keys, revocations, Ed25519Engine.DEFAULT);
    }

    /** With a given Ed25519 implementation (VerifyBench compares them; the tests check that they agree). */
    public PassVerifier(Map<String, PublicKey> keys, Collection<Revocation> revocations, Ed25519Engine engine) {
        Map<String, Ed25519Engine.Check> k = new HashMap<>();
        for (Map.Entry<String, PublicKey> e : keys.entrySet()) k.put(e.getKey(), engine.forKey(e.getValue()));
        this.keys = Map.copyOf(k);
        Map<UUID, Revocation> r = new HashMap<>();
        for (Revocation x : revocations) r.merge(x.passId(), x, (a, b) -> a.reason() == Reason.REVOKED ? a : b);
        this.revocations = Map.copyOf(r);
    }

    /** Signature and payload only: the first three checks; the caller applies its own state (the online service). */
    public Verification verifySignature(String code) {
        PassCodes.Parts parts = PassCodes.split(code);
        if (parts == null) return Verification.refused(Reason.MALFORMED, null, "not a pass code (expected CP1.<payload>.<signature>)");
        if (parts.payload() == null) return Verification.refused(Reason.ALTERED, null, "the code is not in its canonical encoding");
        PassPayload p;
        try {
            p = PassPayload.decode(parts.payload());
        } catch (IllegalArgumentException e) {
            return Verification.refused(Reason.ALTERED, null, "the payload does not decode: " + e.getMessage());
        }
        Ed25519Engine.Check key = keys.get(p.keyId());
        if (key == null) return Verification.refused(Reason.BAD_SIGNATURE, null, "signed with a key that is not published");
        if (parts.signature().length != 64) return Verification.refused(Reason.BAD_SIGNATURE, null, "not an Ed25519 signature");
        if (!key.verify(PassCodes.PREFIX_BYTES, parts.payload(), parts.signature())) {
            return Verification.refused(Reason.ALTERED, null, "the content does not match its signature");
        }
        return Verification.ok(p);
    }

    /**
     * @param plate     the plate of the vehicle presenting the code; null skips the vehicle check
     * @param occupants people in the vehicle; null skips the count check
     * @param at        the time of the check
     */
    public Verification verify(String code, String plate, Integer occupants, Instant at) {
        Verification v = verifySignature(code);
        if (!v.valid()) return v;
        return checkInForce(v.pass(), revocations.get(v.pass().passId()), plate, occupants, at);
    }

    /** The checks after the signature, shared with the online service (which knows revocations from its database). */
    public static Verification checkInForce(PassPayload p, Revocation revoked, String plate, Integer occupants, Instant at) {
        if (revoked != null) {
            return Verification.refused(revoked.reason(), p, revoked.reason() == Reason.USED
                    ? "the trip of this pass has ended (arrival recorded)" : "revoked by the issuing body");
        }
        if (plate != null && !normalise(plate).equals(normalise(p.plate()))) {
            return Verification.refused(Reason.WRONG_VEHICLE, p, "issued for another vehicle; a pass is not transferable");
        }
        if (at.isBefore(p.validFrom())) return Verification.refused(Reason.NOT_YET_VALID, p, "valid from " + p.validFrom());
        if (at.isAfter(p.validUntil())) return Verification.refused(Reason.EXPIRED, p, "expired at " + p.validUntil());
        if (occupants != null && p.holders() > 0 && occupants > p.holders()) {
            return Verification.refused(Reason.TOO_MANY_OCCUPANTS, p, occupants + " people in the vehicle, the pass lists " + p.holders());
        }
        return Verification.ok(p);
    }

    private static String normalise(String plate) {
        return plate.strip().replace(" ", "").replace("·", "").toUpperCase(java.util.Locale.ROOT);
    }
}
