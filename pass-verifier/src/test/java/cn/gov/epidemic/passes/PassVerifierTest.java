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
