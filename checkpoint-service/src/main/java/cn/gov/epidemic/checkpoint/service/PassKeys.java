package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.checkpoint.PassSigningKey;
import cn.gov.epidemic.checkpoint.api.PassApi.KeySet;
import cn.gov.epidemic.checkpoint.api.PassApi.KeyView;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.passes.PassCodes;
import cn.gov.epidemic.passes.PassPayload;
import cn.gov.epidemic.passes.PassVerifier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Ed25519 key pair that signs pass codes: generated on first start (one instance does it, under an advisory
 * lock) and kept in the database, or in {@code checkpoint.pass.signing-key-file} when configured. Only the public
 * keys are ever served; no key material is logged.
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
    CheckpointConfig config;

    private volatile String activeKeyId;
    private volatile PrivateKey activeKey;
    private volatile Map<String, PublicKey> published = Map.of();
    private volatile PassVerifier signatureVerifier;

    void onStart(@Observes @Priority(1) StartupEvent ev) {
        ensure();
    }

    /** Loads or creates the active key; idempotent and safe with several instances. */
    public synchronized void ensure() {
        if (activeKey != null) return;
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l").setParameter(1, LOCK).getSingleResult();
            if (config.pass().signingKeyFile().isPresent()) fromFile(config.pass().signingKeyFile().get());
            else fromDatabase();
            Map<String, PublicKey> keys = new HashMap<>();
            for (PassSigningKey k : PassSigningKey.<PassSigningKey>listAll()) keys.put(k.keyId, publicKey(k.publicKey));
            published = Map.copyOf(keys);
        });
        signatureVerifier = new PassVerifier(published, List.of());
        LOG.infof("pass codes signed with key %s (%d published)", activeKeyId, published.size());
    }

    private void fromDatabase() {
        PassSigningKey k = PassSigningKey.find("active", true).firstResult();
        if (k == null || k.privateKey == null) {
            if (k != null) k.active = false;
            KeyPair pair = PassCodes.generateKeyPair();
            k = store(pair, true);
        }
        activeKeyId = k.keyId;
        activeKey = privateKey(k.privateKey);
    }

    private void fromFile(Path file) {
        try {
            Properties p = new Properties();
            if (Files.exists(file)) {
                p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } else {
                KeyPair pair = PassCodes.generateKeyPair();
                p.setProperty("keyId", keyId(pair.getPublic()));
                p.setProperty("privateKey", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                p.setProperty("publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                StringWriter w = new StringWriter();
                p.store(w, "checkpoint-service pass signing key (Ed25519) - keep secret");
                if (file.getParent() != null) Files.createDirectories(file.getParent());
                Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            String id = p.getProperty("keyId");
            byte[] pub = Base64.getDecoder().decode(p.getProperty("publicKey"));
            PassSigningKey k = PassSigningKey.findById(id);
            if (k == null || !k.active) {
                PassSigningKey.update("active = false where active = true");
                em.flush();
            }
            if (k == null) {
                k = new PassSigningKey();
                k.keyId = id;
                k.algorithm = PassCodes.ALGORITHM;
                k.publicKey = pub;
                k.createdAt = config.now();
                k.active = true;
                k.persist();
                em.flush();
                outbox.publish("pass-key", k.keyId, CheckpointEvents.PASS_KEY_CREATED, view(k));
            } else {
                k.active = true;
            }
            activeKeyId = id;
            activeKey = privateKey(Base64.getDecoder().decode(p.getProperty("privateKey")));
        } catch (IOException e) {
            throw new IllegalStateException("pass signing key file unreadable: " + file);
        }
    }

    private PassSigningKey store(KeyPair pair, boolean keepPrivate) {
        PassSigningKey k = new PassSigningKey();
        k.keyId = keyId(pair.getPublic());
        k.algorithm = PassCodes.ALGORITHM;
        k.publicKey = pair.getPublic().getEncoded();
        k.privateKey = keepPrivate ? pair.getPrivate().getEncoded() : null;
        k.active = true;
        k.createdAt = config.now();
        k.persist();
        em.flush();
        outbox.publish("pass-key", k.keyId, CheckpointEvents.PASS_KEY_CREATED, view(k));
        return k;
    }

    private String keyId(PublicKey key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "cp-" + DateTimeFormatter.BASIC_ISO_DATE.format(config.now().atZoneSameInstant(ZoneOffset.UTC)) + "-" + HexFormat.of().formatHex(h, 0, 4);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicKey publicKey(byte[] der) {
        return PassCodes.decodePublicKey(Base64.getEncoder().encodeToString(der));
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(PassCodes.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (Exception e) {
            throw new IllegalStateException("pass signing key unreadable"); // no detail: nothing of the key in logs
        }
    }

    static KeyView view(PassSigningKey k) {
        return new KeyView(k.keyId, k.algorithm, Base64.getEncoder().encodeToString(k.publicKey), k.active, k.createdAt);
    }

    /** Signs a payload (its keyId must be {@link #activeKeyId()}). */
    public String sign(PassPayload payload) {
        ensure();
        return PassCodes.sign(payload, activeKey);
    }

    public String activeKeyId() {
        ensure();
        return activeKeyId;
    }

    /** A verifier with every published key and no revocations: the service adds its own state. */
    public PassVerifier signatureVerifier() {
        ensure();
        return signatureVerifier;
    }

    public KeySet keySet() {
        return QuarkusTransaction.joiningExisting().call(() -> new KeySet(PassSigningKey.<PassSigningKey>list("order by createdAt desc, keyId")
                .stream().map(PassKeys::view).toList()));
    }
}
