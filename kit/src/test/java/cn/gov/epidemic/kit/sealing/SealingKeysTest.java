package cn.gov.epidemic.kit.sealing;

import org.junit.jupiter.api.Test;

import javax.crypto.KeyGenerator;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sealed event fields: they open only with their key and for their record, keys rotate, and no error quotes a secret. */
class SealingKeysTest {

    private static String key() throws Exception {
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        return Base64.getEncoder().encodeToString(g.generateKey().getEncoded());
    }

    @Test
    void aValueOpensForItsOwnRecordOnlyAndTheCiphertextHidesIt() throws Exception {
        SealingKeys keys = SealingKeys.parse("k1:" + key(), "test keys");
        String ctx = SealingKeys.context("referral", UUID.randomUUID(), "phone");
        String sealed = keys.seal(ctx, "13904761234");
        assertTrue(sealed.startsWith("k1."), sealed);
        assertFalse(sealed.contains("13904761234"));
        assertFalse(sealed.equals(keys.seal(ctx, "13904761234")), "a fresh nonce each time");
        assertEquals("13904761234", keys.open(ctx, sealed));
        assertNull(keys.seal(ctx, null));

        String other = SealingKeys.context("referral", UUID.randomUUID(), "phone");
        var moved = assertThrows(SealingKeys.Unreadable.class, () -> keys.open(other, sealed));
        assertEquals("k1", moved.keyId());
        char last = sealed.charAt(sealed.length() - 1);
        String altered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThrows(SealingKeys.Unreadable.class, () -> keys.open(ctx, altered));
        assertThrows(SealingKeys.Unreadable.class, () -> keys.open(ctx, "13904761234"));
        assertThrows(SealingKeys.Unreadable.class, () -> keys.open(ctx, "k1.AAAA"));
    }

    @Test
    void theFirstKeySealsEveryKeyOpensAnUnknownKeyIsNamed() throws Exception {
        String k1 = "k1:" + key();
        SealingKeys before = SealingKeys.parse(k1, "test keys");
        SealingKeys rotated = SealingKeys.parse("k2:" + key() + ",\n" + k1, "test keys");
        String ctx = SealingKeys.context("referral", UUID.randomUUID(), "phone");
        String old = before.seal(ctx, "13904761234");
        assertEquals("13904761234", rotated.open(ctx, old), "a value sealed before the rotation still opens");
        String fresh = rotated.seal(ctx, "13904761234");
        assertEquals("k2", rotated.sealingKeyId());
        assertTrue(fresh.startsWith("k2."));
        var unknown = assertThrows(SealingKeys.Unreadable.class, () -> before.open(ctx, fresh));
        assertEquals("k2", unknown.keyId());
        assertTrue(unknown.getMessage().contains("not configured"), unknown.getMessage());
        // same id, another key: refused, not garbage
        assertThrows(SealingKeys.Unreadable.class, () -> SealingKeys.parse("k1:" + key(), "t").open(ctx, old));
    }

    @Test
    void aBadSettingFailsNamingTheSettingNeverItsValue() throws Exception {
        String secret = key();
        for (String bad : new String[]{"", secret, "k1:" + secret.substring(4), "bad id:" + secret, "k1:" + secret + ",k1:" + secret}) {
            var e = assertThrows(IllegalStateException.class, () -> SealingKeys.parse(bad, "epidemic.sealing.keys"));
            assertTrue(e.getMessage().startsWith("epidemic.sealing.keys"), e.getMessage());
            assertFalse(e.getMessage().contains(secret.substring(8, 20)), e.getMessage());
        }
    }
}
