package cn.gov.epidemic.passes;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassVerifierTest {

    private static final KeyPair KEY = PassCodes.generateKeyPair();
    private static final KeyPair OTHER = PassCodes.generateKeyPair();
    private static final Instant NOW = Instant.parse("2020-02-10T02:00:00Z");
    private static final String PLATE = "蒙D12345";

    private static PassPayload payload(UUID id) {
        return new PassPayload(id, PassType.PRIVATE_CAR, PLATE, NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(22)),
                3, "红山区长青街道长青社区", "k1");
    }

    private static PassVerifier verifier(List<Revocation> revoked) {
        return new PassVerifier(Map.of("k1", KEY.getPublic()), revoked);
    }

    @Test
    void aGenuineCodeIsValidAndCarriesWhatTheCheckpointNeeds() {
        UUID id = UUID.randomUUID();
        String code = PassCodes.sign(payload(id), KEY.getPrivate());
        assertTrue(code.startsWith("CP1."));
        assertTrue(code.length() < 260, "fits a small QR code: " + code.length());
        Verification v = verifier(List.of()).verify(code, PLATE, 3, NOW);
        assertTrue(v.valid(), v.toString());
        assertEquals(Reason.VALID, v.reason());
        assertEquals(id, v.pass().passId());
        assertEquals(PassType.PRIVATE_CAR, v.pass().type());
        assertEquals(3, v.pass().holders());
        assertEquals("红山区长青街道长青社区", v.pass().issuer());
        assertEquals(payload(id), PassPayload.decode(PassPayload.decode(payload(id).encode()).encode()));
    }

    @Test
    void flippingAnyByteOfTheCodeIsDetected() {
        String code = PassCodes.sign(payload(UUID.randomUUID()), KEY.getPrivate());
        PassVerifier v = verifier(List.of());
        byte[] bytes = code.getBytes(StandardCharsets.US_ASCII);
        int checked = 0;
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] altered = bytes.clone();
                altered[i] ^= (byte) (1 << bit);
                String text = new String(altered, StandardCharsets.ISO_8859_1);
                Verification r = v.verify(text, PLATE, null, NOW);
                assertFalse(r.valid(), "byte " + i + " bit " + bit + " flipped was accepted: " + text);
                checked++;
            }
        }
        assertEquals(bytes.length * 8, checked);
    }

    @Test
    void everyOtherBase64CharacterAtEveryPositionIsDetected() {
        String code = PassCodes.sign(payload(UUID.randomUUID()), KEY.getPrivate());
        PassVerifier v = verifier(List.of());
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 4; i < code.length(); i++) {
            if (code.charAt(i) == '.') continue;
            for (char c : alphabet.toCharArray()) {
                if (c == code.charAt(i)) continue;
                String altered = code.substring(0, i) + c + code.substring(i + 1);
                Verification r = v.verify(altered, PLATE, null, NOW);
                assertFalse(r.valid(), "position " + i + " → " + c);
                assertTrue(r.reason() == Reason.ALTERED || r.reason() == Reason.BAD_SIGNATURE, r.reason() + " at " + i);
            }
        }
    }

    @Test
    void aCodeSignedByAnUnpublishedKeyIsABadSignature() {
        String forged = PassCodes.sign(payload(UUID.randomUUID()), OTHER.getPrivate()); // claims key k1
        assertEquals(Reason.ALTERED, verifier(List.of()).verify(forged, PLATE, null, NOW).reason());
        String unknownKey = PassCodes.sign(new PassPayload(UUID.randomUUID(), PassType.KEY_ENTERPRISE, PLATE, NOW, NOW.plusSeconds(60), 1, "x", "k9"), OTHER.getPrivate());
        assertEquals(Reason.BAD_SIGNATURE, verifier(List.of()).verify(unknownKey, PLATE, null, NOW).reason());
    }

    @Test
    void revokedUsedWrongVehicleOutsideTheWindowAndTooManyPeopleAreRefused() {
        UUID id = UUID.randomUUID();
        String code = PassCodes.sign(payload(id), KEY.getPrivate());
        assertEquals(Reason.REVOKED, verifier(List.of(new Revocation(id, Reason.REVOKED, NOW))).verify(code, PLATE, null, NOW).reason());
        assertEquals(Reason.USED, verifier(List.of(new Revocation(id, Reason.USED, NOW))).verify(code, PLATE, null, NOW).reason());
        assertTrue(verifier(List.of(new Revocation(UUID.randomUUID(), Reason.REVOKED, NOW))).verify(code, PLATE, null, NOW).valid());
        assertEquals(Reason.WRONG_VEHICLE, verifier(List.of()).verify(code, "蒙D54321", null, NOW).reason());
        assertTrue(verifier(List.of()).verify(code, " 蒙d·12345 ", null, NOW).valid(), "spacing and case of a typed plate do not matter");
        assertEquals(Reason.NOT_YET_VALID, verifier(List.of()).verify(code, PLATE, null, NOW.minus(Duration.ofHours(3))).reason());
        assertEquals(Reason.EXPIRED, verifier(List.of()).verify(code, PLATE, null, NOW.plus(Duration.ofDays(1))).reason());
        assertEquals(Reason.TOO_MANY_OCCUPANTS, verifier(List.of()).verify(code, PLATE, 4, NOW).reason());
    }

    private static final java.util.Base64.Encoder B64 = java.util.Base64.getUrlEncoder().withoutPadding();

    /** A code of {@code payload}'s bytes with any 64 bytes as its signature, in the canonical text form. */
    private static String withSignature(byte[] payload, byte[] signature) {
        return PassCodes.PREFIX + B64.encodeToString(payload) + "." + B64.encodeToString(signature);
    }

    private static byte[] signatureOf(String code) {
        return java.util.Base64.getUrlDecoder().decode(code.substring(code.lastIndexOf('.') + 1));
    }

    @Test
    void theDefaultEngineRefusesForgedSignatures() {
        assertEquals(Ed25519Engine.BOUNCY_CASTLE, Ed25519Engine.DEFAULT);
        PassVerifier v = verifier(List.of());
        PassPayload p = payload(UUID.randomUUID());
        String genuine = PassCodes.sign(p, KEY.getPrivate());
        assertTrue(v.verify(genuine, PLATE, null, NOW).valid());

        java.util.Random random = new java.util.Random(13);
        List<byte[]> forged = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            byte[] sig = new byte[64];
            random.nextBytes(sig);
            forged.add(sig);
        }
        forged.add(new byte[64]); // all zeros
        forged.add(signatureOf(PassCodes.sign(payload(UUID.randomUUID()), KEY.getPrivate()))); // the key's, of another pass
        forged.add(signatureOf(PassCodes.sign(p, OTHER.getPrivate()))); // the same pass, another key
        // malleability: S + L verifies the same equation, but RFC 8032 accepts only S < L
        byte[] sig = signatureOf(genuine);
        java.math.BigInteger order = java.math.BigInteger.TWO.pow(252).add(new java.math.BigInteger("27742317777372353535851937790883648493"));
        byte[] sLe = java.util.Arrays.copyOfRange(sig, 32, 64);
        byte[] sBe = new byte[33];
        for (int i = 0; i < 32; i++) sBe[32 - i] = sLe[i];
        byte[] malleated = new java.math.BigInteger(sBe).add(order).toByteArray();
        byte[] mSig = sig.clone();
        for (int i = 0; i < 32; i++) mSig[32 + i] = i < malleated.length ? malleated[malleated.length - 1 - i] : 0;
        forged.add(mSig);

        int refused = 0;
        for (byte[] f : forged) {
            Verification r = v.verify(withSignature(p.encode(), f), PLATE, null, NOW);
            assertFalse(r.valid(), "a forged signature was accepted");
            assertEquals(Reason.ALTERED, r.reason());
            refused++;
        }
        assertEquals(forged.size(), refused);
        System.out.printf("[test] %d forged signatures refused by %s%n", refused, Ed25519Engine.DEFAULT);
    }

    @Test
    void theDefaultEngineRefusesATamperedPayloadUnderItsOriginalSignature() {
        PassVerifier v = verifier(List.of());
        UUID id = UUID.randomUUID();
        PassPayload p = payload(id);
        byte[] sig = signatureOf(PassCodes.sign(p, KEY.getPrivate()));
        List<PassPayload> tampered = List.of(
                new PassPayload(UUID.randomUUID(), p.type(), p.plate(), p.validFrom(), p.validUntil(), p.holders(), p.issuer(), p.keyId()),
                new PassPayload(id, PassType.KEY_ENTERPRISE, p.plate(), p.validFrom(), p.validUntil(), p.holders(), p.issuer(), p.keyId()),
                new PassPayload(id, p.type(), "蒙D12346", p.validFrom(), p.validUntil(), p.holders(), p.issuer(), p.keyId()),
                new PassPayload(id, p.type(), p.plate(), p.validFrom(), p.validUntil().plus(Duration.ofDays(30)), p.holders(), p.issuer(), p.keyId()),
                new PassPayload(id, p.type(), p.plate(), p.validFrom().minusSeconds(1), p.validUntil(), p.holders(), p.issuer(), p.keyId()),
                new PassPayload(id, p.type(), p.plate(), p.validFrom(), p.validUntil(), 9, p.issuer(), p.keyId()),
                new PassPayload(id, p.type(), p.plate(), p.validFrom(), p.validUntil(), p.holders(), "红山区", p.keyId()));
        for (PassPayload t : tampered) {
            Verification r = v.verify(withSignature(t.encode(), sig), null, null, NOW);
            assertEquals(Reason.ALTERED, r.reason(), "tampered payload " + t);
        }
        System.out.printf("[test] %d tampered payloads refused by %s%n", tampered.size(), Ed25519Engine.DEFAULT);
    }

    @Test
    void bothEnginesDecideEveryAlteredCodeAlike() {
        PassVerifier jdk = new PassVerifier(Map.of("k1", KEY.getPublic()), List.of(), Ed25519Engine.JDK);
        PassVerifier bc = new PassVerifier(Map.of("k1", KEY.getPublic()), List.of(), Ed25519Engine.BOUNCY_CASTLE);
        String code = PassCodes.sign(payload(UUID.randomUUID()), KEY.getPrivate());
        byte[] payload = java.util.Base64.getUrlDecoder().decode(code.substring(4, code.lastIndexOf('.')));
        byte[] sig = signatureOf(code);
        int compared = 0, accepted = 0;
        for (int i = 0; i < payload.length + sig.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] p = payload.clone(), s = sig.clone();
                if (i < payload.length) p[i] ^= (byte) (1 << bit);
                else s[i - payload.length] ^= (byte) (1 << bit);
                String altered = withSignature(p, s);
                Verification a = jdk.verify(altered, null, null, NOW), b = bc.verify(altered, null, null, NOW);
                assertEquals(a.reason(), b.reason(), "byte " + i + " bit " + bit);
                assertFalse(b.valid(), "byte " + i + " bit " + bit + " flipped was accepted");
                compared++;
            }
        }
        for (int i = 0; i < 20; i++) {
            PassPayload p = payload(UUID.randomUUID());
            String genuine = PassCodes.sign(p, KEY.getPrivate());
            // Ed25519 is deterministic: BouncyCastle (the default) signs the very bytes the JDK does
            assertEquals(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    Ed25519Engine.JDK.sign(KEY.getPrivate(), PassCodes.PREFIX_BYTES, p.encode())), genuine.substring(genuine.lastIndexOf('.') + 1));
            assertTrue(jdk.verify(genuine, PLATE, null, NOW).valid());
            assertTrue(bc.verify(genuine, PLATE, null, NOW).valid());
            accepted++;
        }
        System.out.printf("[test] JDK and BouncyCastle agree on %d altered codes (all refused) and %d genuine ones%n", compared, accepted);
    }

    @Test
    void aKeyThatIsNotEd25519IsRefusedWhenTheVerifierIsMade() throws Exception {
        java.security.PublicKey rsa = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
        for (Ed25519Engine e : Ed25519Engine.values()) {
            IllegalArgumentException x = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new PassVerifier(Map.of("k1", rsa), List.of(), e));
            assertEquals("not an Ed25519 public key", x.getMessage());
        }
    }

    @Test
    void garbageIsMalformed() {
        PassVerifier v = verifier(List.of());
        for (String s : new String[]{"", "hello", "CP1.", "CP2.AAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAA", "CP1.a b.c", "CP1.AAAA.AAAA"}) {
            assertEquals(Reason.MALFORMED, v.verify(s, null, null, NOW).reason(), s);
        }
        assertEquals(Reason.MALFORMED, v.verify(null, null, null, NOW).reason());
    }

    @Test
    void theCommandVerifiesWithOnlyThePublishedDocuments() throws Exception {
        UUID id = UUID.randomUUID();
        String code = PassCodes.sign(payload(id), KEY.getPrivate());
        Path dir = Files.createTempDirectory("offline-");
        Path keys = dir.resolve("keys.json");
        Files.writeString(keys, "{\"keys\":[{\"keyId\":\"k1\",\"algorithm\":\"Ed25519\",\"publicKey\":\"" + PassCodes.encodePublicKey(KEY.getPublic())
                + "\",\"createdAt\":\"2020-02-01T00:00:00Z\"}]}");
        Path none = dir.resolve("none.json");
        Files.writeString(none, "{\"items\":[],\"asOf\":\"2020-02-10T00:00:00Z\"}");
        Path revoked = dir.resolve("revoked.json");
        Files.writeString(revoked, "{\"items\":[{\"passId\":\"" + id + "\",\"reason\":\"REVOKED\",\"at\":\"2020-02-10T01:00:00+08:00\"}]}");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        String at = "2020-02-10T10:00:00+08:00";
        assertEquals(0, OfflineVerify.run(new String[]{keys.toString(), none.toString(), code, PLATE, "--at", at}, ps, ps));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("VALID pass=" + id), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(1, OfflineVerify.run(new String[]{keys.toString(), revoked.toString(), code, PLATE, "--at", at}, ps, ps));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("REFUSED REVOKED"));
        out.reset();
        assertEquals(1, OfflineVerify.run(new String[]{keys.toString(), none.toString(), code, "蒙A00000", "--at", at}, ps, ps));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("REFUSED WRONG_VEHICLE"));
        assertEquals(2, OfflineVerify.run(new String[]{keys.toString()}, ps, ps));
        assertNotEquals(0, OfflineVerify.run(new String[]{keys.toString(), keys.toString(), code}, ps, ps));
    }
}
