package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.checkpoint.service.PassKeyCipher;
import cn.gov.epidemic.checkpoint.service.PassKeys;
import cn.gov.epidemic.passes.OfflineVerify;
import cn.gov.epidemic.passes.PassCodes;
import cn.gov.epidemic.passes.PublishedLists;
import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pass-signing key at rest and its rotation: sealed with the key-encryption key (no plaintext in the database, a
 * wrong key-encryption key does not open it), and a pass issued before a rotation and one after both verify online and
 * with the offline verifier command, from the published key set.
 */
@QuarkusTest
class PassKeyRotationTest {

    private static final String PASSES = Api.BASE + "/passes";
    private static final String KEYS = Api.BASE + "/pass-keys";
    /** The DER prefix of every Ed25519 PKCS#8 private key: what a plaintext key in the column would start with. */
    private static final String PKCS8_ED25519_PREFIX = "302e020100300506032b657004220420";

    private static String activeKeyId() {
        List<Map<String, Object>> keys = Api.inspector().get(KEYS).then().statusCode(200).extract().path("keys");
        return (String) keys.stream().filter(k -> Boolean.TRUE.equals(k.get("active"))).findFirst().orElseThrow().get("keyId");
    }

    private static Map<String, Object> issue() {
        String plate = Api.plate();
        Map<String, Object> pass = Api.issuer().body(Api.emergencyPass(plate)).post(PASSES + "/emergency-transport")
                .then().statusCode(201).extract().as(Map.class);
        return pass;
    }

    private static boolean validOnline(Map<String, Object> pass) {
        return Boolean.TRUE.equals(Api.inspector().body(Map.of("code", pass.get("code"), "plate", pass.get("plate")))
                .post(PASSES + "/verification").then().statusCode(200).extract().path("valid"));
    }

    /**
     * The offline verifier as a checkpoint device runs it: its own JVM with only pass-verifier and its one dependency
     * (BouncyCastle's provider jar), the two published documents as files.
     */
    private static String offline(Path keys, Path revocations, Map<String, Object> pass) throws Exception {
        String cp = Path.of(OfflineVerify.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + java.io.File.pathSeparator
                + Path.of(org.bouncycastle.crypto.params.Ed25519PublicKeyParameters.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                OfflineVerify.class.getName(), keys.toString(), revocations.toString(), (String) pass.get("code"), (String) pass.get("plate"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue() + " " + out;
    }

    @Test
    void passesIssuedBeforeAndAfterARotationBothVerifyOnlineAndOffline() throws Exception {
        String before = activeKeyId();
        Map<String, Object> old = issue();
        assertEquals(before, old.get("keyId"));

        Api.issuer().post(KEYS + "/rotation").then().statusCode(403);
        List<Map<String, Object>> afterRotation = Api.admin().post(KEYS + "/rotation").then().statusCode(200)
                .body("keys[0].active", equalTo(true)).extract().path("keys");
        String after = (String) afterRotation.get(0).get("keyId");
        assertNotEquals(before, after, "a new key signs");
        Map<String, Object> retired = afterRotation.stream().filter(k -> before.equals(k.get("keyId"))).findFirst().orElseThrow();
        assertEquals(false, retired.get("active"));
        assertNotNull(retired.get("retiredAt"));
        assertEquals(after, activeKeyId());

        Map<String, Object> fresh = issue();
        assertEquals(after, fresh.get("keyId"), "passes issued after the rotation name the new key");

        assertTrue(validOnline(old), "the pass signed before the rotation still verifies online");
        assertTrue(validOnline(fresh), "the pass signed after the rotation verifies online");

        Path dir = Files.createTempDirectory("offline-device-");
        Path keys = Files.writeString(dir.resolve("keys.json"), Api.inspector().get(KEYS).then().statusCode(200).extract().asString());
        Path revocations = Files.writeString(dir.resolve("revocations.json"),
                Api.inspector().get(Api.BASE + "/pass-revocations").then().statusCode(200).extract().asString());
        assertTrue(PublishedLists.keys(Files.readString(keys)).keySet().containsAll(List.of(before, after)), "both keys published");
        String o1 = offline(keys, revocations, old);
        String o2 = offline(keys, revocations, fresh);
        System.out.printf("[test] offline verifier, pass before the rotation: %s%n[test] offline verifier, pass after: %s%n", o1, o2);
        assertTrue(o1.startsWith("0 VALID") && o1.contains("key=" + before), o1);
        assertTrue(o2.startsWith("0 VALID") && o2.contains("key=" + after), o2);
    }

    @Test
    void aRetiredKeyThatSignedNothingStillInForceIsNoLongerPublished() {
        Api.admin().post(KEYS + "/rotation").then().statusCode(200);
        String unused = activeKeyId(); // signs nothing before the next rotation
        List<Map<String, Object>> keys = Api.admin().post(KEYS + "/rotation").then().statusCode(200).extract().path("keys");
        assertFalse(keys.stream().anyMatch(k -> unused.equals(k.get("keyId"))), "nothing in force needs it: " + keys);
        assertEquals(1, Sql.count("select count(*) from pass_signing_key where key_id = ? and not active and retired_at is not null", unused),
                "retired, not deleted");
    }

    @Inject
    PassKeys passKeys;

    @Test
    void aStartWithAnotherKeyEncryptionKeyFailsLoudlyAndChangesNothing() {
        Map<String, Object> before = issue();
        long keys = Sql.count("select count(*) from pass_signing_key");
        String active = activeKeyId();
        String sealed = Sql.text("select encode(sealed_private_key, 'base64') from pass_signing_key where key_id = ?", active);
        byte[] other = new byte[32];
        new java.security.SecureRandom().nextBytes(other);
        // what the StartupEvent observer runs: with a wrong key-encryption key it throws, so Quarkus does not start
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> passKeys.open(Base64.getEncoder().encodeToString(other)));
        System.out.printf("[test] start-up with another key-encryption key: %s%n", e.getMessage());
        assertTrue(e.getMessage().contains("CHECKPOINT_PASS_KEK"));
        assertEquals(keys, Sql.count("select count(*) from pass_signing_key"), "no new key made");
        assertEquals(active, activeKeyId(), "the signing key is unchanged");
        assertEquals(sealed, Sql.text("select encode(sealed_private_key, 'base64') from pass_signing_key where key_id = ?", active));
        assertTrue(validOnline(before), "and the service goes on signing and verifying with its own key");
        assertEquals(active, issue().get("keyId"));
        // the right key-encryption key opens everything again
        passKeys.open(ConfigProvider.getConfig().getValue("checkpoint.pass.kek", String.class));
    }

    @Test
    void theDatabaseHoldsNoPlaintextKeyAndAnotherKeyEncryptionKeyDoesNotOpenIt() throws Exception {
        issue();
        long keys = Sql.count("select count(*) from pass_signing_key");
        assertEquals(0, Sql.count("select count(*) from pass_signing_key where private_key is not null"), "no plaintext column in use");
        assertEquals(keys, Sql.count("select count(*) from pass_signing_key where sealed_private_key is not null"));
        assertEquals(0, Sql.count("select count(*) from pass_signing_key where position(decode(?, 'hex') in sealed_private_key) > 0",
                PKCS8_ED25519_PREFIX), "no PKCS#8 key in the sealed column");

        String keyId = activeKeyId();
        byte[] sealed = Base64.getMimeDecoder().decode(Sql.text(
                "select encode(sealed_private_key, 'base64') from pass_signing_key where key_id = ?", keyId));
        String kek = ConfigProvider.getConfig().getValue("checkpoint.pass.kek", String.class);
        byte[] pkcs8 = PassKeyCipher.fromBase64(kek).open(keyId, sealed);
        assertTrue(HexFormat.of().formatHex(pkcs8).startsWith(PKCS8_ED25519_PREFIX), "the right key-encryption key opens it");
        // and it is the private half of the published key: sign with it, verify with the published public key
        PrivateKey key = KeyFactory.getInstance(PassCodes.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        Signature s = Signature.getInstance(PassCodes.ALGORITHM);
        s.initSign(key);
        s.update(new byte[]{1, 2, 3});
        byte[] sig = s.sign();
        Signature v = Signature.getInstance(PassCodes.ALGORITHM);
        v.initVerify(PublishedLists.keys(Api.inspector().get(KEYS).then().extract().asString()).get(keyId));
        v.update(new byte[]{1, 2, 3});
        assertTrue(v.verify(sig));

        byte[] other = new byte[32];
        new java.security.SecureRandom().nextBytes(other);
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> PassKeyCipher.fromBase64(Base64.getEncoder().encodeToString(other)).open(keyId, sealed));
        System.out.printf("[test] another key-encryption key: %s%n", wrong.getMessage());
        assertTrue(wrong.getMessage().contains("CHECKPOINT_PASS_KEK") && wrong.getMessage().contains("does not make a new signing key"));
        // a sealed key moved to another key id does not open either (the key id is the associated data)
        assertThrows(IllegalStateException.class, () -> PassKeyCipher.fromBase64(kek).open(keyId + "x", sealed));
        assertThrows(IllegalStateException.class, () -> PassKeyCipher.fromBase64("c2hvcnQ="), "a short key-encryption key is refused");
    }
}
