package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.checkpoint.PassSigningKey;
import cn.gov.epidemic.checkpoint.api.PassApi.KeySet;
import cn.gov.epidemic.checkpoint.api.PassApi.KeyView;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.passes.PassCodes;
import cn.gov.epidemic.passes.PassPayload;
import cn.gov.epidemic.passes.PassVerifier;
import cn.gov.epidemic.passes.Reason;
import cn.gov.epidemic.passes.Verification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Ed25519 keys that sign pass codes, kept in the database with the private key sealed by the key-encryption key
 * ({@code checkpoint.pass.kek}, {@link PassKeyCipher}). At start-up (one instance at a time, under an advisory lock)
 * it seals any plaintext key of an earlier version, makes the first key if there is none, and opens every key: a wrong
 * key-encryption key stops the start. {@link #rotate} makes a new signing key; every key stays usable for verification,
 * and is published while a pass it signed is still valid. Only public keys are ever served; no key material is logged.
 *
 * <p>Start-up work runs in its own transaction ({@code requiringNew}, {@link #onStart} only); request paths use the
 * caller's transaction.
 */
@ApplicationScoped
public class PassKeys {

    private static final Logger LOG = Logger.getLogger(PassKeys.class);
    private static final long LOCK = 0x4350_4b45_5953L; // "CPKEYS"

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    CheckpointConfig config;

    private volatile PassKeyCipher cipher;
    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    private volatile PassVerifier signatureVerifier = new PassVerifier(Map.of(), List.of());

    void onStart(@Observes @Priority(1) StartupEvent ev) {
        open(kek());
    }

    /**
     * Start-up: opens every stored key with this key-encryption key, then seals any plaintext key of an earlier
     * version and makes the first key if there is none. With another key-encryption key than the keys were sealed with
     * it throws and changes nothing (the start fails; it never makes a new key in place of one it cannot open).
     */
    public synchronized void open(String keyEncryptionKey) {
        PassKeyCipher c = PassKeyCipher.fromBase64(keyEncryptionKey);
        Map<String, PrivateKey> opened = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            lock();
            for (PassSigningKey k : PassSigningKey.<PassSigningKey>list("sealedPrivateKey is not null")) {
                opened.put(k.keyId, privateKey(c.open(k.keyId, k.sealedPrivateKey)));
            }
            for (PassSigningKey k : PassSigningKey.<PassSigningKey>list("privateKey is not null")) {
                // plaintext from an earlier version: seal it, clear the plaintext
                opened.put(k.keyId, privateKey(k.privateKey));
                k.sealedPrivateKey = c.seal(k.keyId, k.privateKey);
                Arrays.fill(k.privateKey, (byte) 0);
                k.privateKey = null;
                LOG.infof("pass-signing key %s sealed with the key-encryption key", k.keyId);
            }
            PassSigningKey active = PassSigningKey.find("active", true).firstResult();
            if (active == null || active.sealedPrivateKey == null) { // none yet, or only its public half
                if (active != null) retire(active);
                em.flush();
                PassSigningKey k = create(c, opened);
                LOG.infof("pass-signing key %s created", k.keyId);
            }
            reloadPublicKeys();
        });
        cipher = c;
        privateKeys.putAll(opened);
        LOG.infof("pass codes signed with key %s (%d keys)", activeKeyId(), opened.size());
    }

    private String kek() {
        if (config.pass().kek().isPresent()) return config.pass().kek().get();
        if (config.pass().kekFile().isPresent()) {
            try {
                return java.nio.file.Files.readString(config.pass().kekFile().get());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("checkpoint.pass.kek-file unreadable: " + config.pass().kekFile().get());
            }
        }
        throw new IllegalStateException("no pass key-encryption key: set CHECKPOINT_PASS_KEK (base64 of 32 bytes) or"
                + " CHECKPOINT_PASS_KEK_FILE; the pass-signing keys are stored sealed with it");
    }

    /** A new key signs from now on; the previous one is retired but keeps verifying (and published while needed). */
    @Transactional
    public KeySet rotate() {
        lock();
        PassSigningKey old = PassSigningKey.find("active", true).firstResult();
        if (old != null) retire(old);
        em.flush(); // one active key at a time (unique index)
        PassSigningKey k = create(cipher, privateKeys);
        audit.record("ROTATE", "pass-key", k.keyId, old == null ? null : "retired " + old.keyId);
        LOG.infof("pass-signing key rotated: %s signs, %s retired", k.keyId, old == null ? "-" : old.keyId);
        reloadPublicKeys();
        return keySet();
    }

    private void lock() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l").setParameter(1, LOCK).getSingleResult();
    }

    private void retire(PassSigningKey k) {
        k.active = false;
        k.retiredAt = config.now();
    }

    private PassSigningKey create(PassKeyCipher c, Map<String, PrivateKey> keys) {
        KeyPair pair = PassCodes.generateKeyPair();
        PassSigningKey k = new PassSigningKey();
        k.keyId = keyId(pair.getPublic());
        k.algorithm = PassCodes.ALGORITHM;
        k.publicKey = pair.getPublic().getEncoded();
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        k.sealedPrivateKey = c.seal(k.keyId, pkcs8);
        Arrays.fill(pkcs8, (byte) 0);
        k.active = true;
        k.createdAt = config.now();
        k.persist();
        em.flush();
        keys.put(k.keyId, pair.getPrivate());
        outbox.publish(CheckpointEvents.PASS_KEY_CREATED, k.keyId, view(k));
        return k;
    }

    private PrivateKey open(PassSigningKey k) {
        return privateKeys.computeIfAbsent(k.keyId, id -> privateKey(cipher.open(id, k.sealedPrivateKey)));
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(PassCodes.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (Exception e) {
            throw new IllegalStateException("pass signing key unreadable"); // no detail: nothing of the key in logs
        }
    }

    private static final long RELOAD_PAUSE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    private volatile long lastReloadNanos = System.nanoTime() - RELOAD_PAUSE_NANOS;

    private void reloadPublicKeys() {
        Map<String, PublicKey> keys = new HashMap<>();
        for (PassSigningKey k : PassSigningKey.<PassSigningKey>listAll()) keys.put(k.keyId, PassCodes.decodePublicKey(Base64.getEncoder().encodeToString(k.publicKey)));
        signatureVerifier = new PassVerifier(keys, List.of());
    }

    private String keyId(PublicKey key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "cp-" + DateTimeFormatter.BASIC_ISO_DATE.format(config.now().atZoneSameInstant(ZoneOffset.UTC).toLocalDate()) + "-" + HexFormat.of().formatHex(h, 0, 4);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyView view(PassSigningKey k) {
        return new KeyView(k.keyId, k.algorithm, Base64.getEncoder().encodeToString(k.publicKey), k.active, k.createdAt, k.retiredAt);
    }

    /** The key that signs now, read in the caller's transaction (another instance may have rotated). */
    public String activeKeyId() {
        return QuarkusTransaction.joiningExisting().call(() -> em.createQuery(
                "select k.keyId from PassSigningKey k where k.active = true", String.class).getSingleResult());
    }

    /** Signs a payload with the key its keyId names (from {@link #activeKeyId()}). */
    public String sign(PassPayload payload) {
        PrivateKey key = privateKeys.get(payload.keyId());
        if (key == null) { // made by another instance's rotation
            key = QuarkusTransaction.joiningExisting().call(() -> {
                PrivateKey k = open(PassSigningKey.findById(payload.keyId()));
                reloadPublicKeys();
                return k;
            });
        }
        return PassCodes.sign(payload, key);
    }

    /** Signature and payload checked against every key this service ever made; the service adds its own state. */
    public Verification verifySignature(String code) {
        Verification v = signatureVerifier.verifySignature(code);
        // perhaps a key of another instance's rotation; at most one reload every few seconds, so that a stream of
        // forged codes does not become a stream of database reads
        long now = System.nanoTime();
        if (!v.valid() && v.reason() == Reason.BAD_SIGNATURE && now - lastReloadNanos > RELOAD_PAUSE_NANOS) {
            lastReloadNanos = now;
            QuarkusTransaction.joiningExisting().run(this::reloadPublicKeys);
            v = signatureVerifier.verifySignature(code);
        }
        return v;
    }

    /** The published key set: the signing key, then every retired key that signed a pass still valid. */
    public KeySet keySet() {
        return QuarkusTransaction.joiningExisting().call(() -> new KeySet(em.createQuery(
                        "select k from PassSigningKey k where k.active = true or exists (select 1 from Pass p"
                                + " where p.keyId = k.keyId and p.validUntil > ?1) order by k.active desc, k.createdAt desc, k.keyId",
                        PassSigningKey.class).setParameter(1, config.now()).getResultStream()
                .map(PassKeys::view).toList()));
    }
}
