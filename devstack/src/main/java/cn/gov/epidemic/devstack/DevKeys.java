package cn.gov.epidemic.devstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The local suite's keys, made on first start: the token key pair (RSA 2048; tokens signed with it by the JDK alone),
 * checkpoint-service's pass key-encryption key (AES-256) and the sealing key of flow 3 (AES-256, checkpoint-service and
 * personnel-service only).
 *
 * <p>Services verify tokens with the public key; {@link MintToken} mints a short-lived one by hand for calling a
 * service directly with curl. The private key and the secret keys never leave the data directory.
 */
public final class DevKeys {

    public static final String ISSUER = "https://gateway.epidemic.local";

    /** The longest lifetime the services accept ({@code smallrye.jwt.time-to-live}). */
    public static final long MAX_LIFETIME_SECONDS = 600;

    private final Path dir;
    private final Path publicKey;
    private final PrivateKey privateKey;

    private DevKeys(Path dir, Path publicKey, PrivateKey privateKey) {
        this.dir = dir;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** Loads the key pair from {@code dir}, generating it on first use. */
    public static DevKeys inDirectory(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path pub = dir.resolve("token-public.pem");
        Path priv = dir.resolve("token-private.pem");
        if (!Files.exists(pub) || !Files.exists(priv)) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair kp = g.generateKeyPair();
            writeSecret(priv, pem("PRIVATE KEY", kp.getPrivate().getEncoded()));
            Files.writeString(pub, pem("PUBLIC KEY", kp.getPublic().getEncoded()));
        }
        String b64 = Files.readAllLines(priv).stream().filter(l -> !l.startsWith("-----")).collect(Collectors.joining());
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
        return new DevKeys(dir, pub, key);
    }

    public Path publicKeyFile() {
        return publicKey;
    }

    /**
     * checkpoint-service's pass key-encryption key (base64 of 32 random bytes, {@code CHECKPOINT_PASS_KEK}), generated
     * on first use and kept next to the token keys: the pass-signing key is stored encrypted with it.
     */
    public String passKek() throws Exception {
        Path file = dir.resolve("pass-kek");
        if (!Files.exists(file)) writeSecret(file, aes256() + "\n");
        return Files.readString(file).strip();
    }

    /**
     * The keys that seal personal data in flow 3's events for personnel-service ({@code EPIDEMIC_SEALING_KEYS}:
     * {@code k1:<base64 of 32 random bytes>}), generated on first use: checkpoint-service seals the traveller's phone in
     * referral.opened with it, personnel-service opens it. No other service is given it.
     */
    public String sealingKeys() throws Exception {
        Path file = dir.resolve("sealing-keys");
        if (!Files.exists(file)) writeSecret(file, "k1:" + aes256() + "\n");
        return Files.readString(file).strip();
    }

    private static String aes256() throws Exception {
        javax.crypto.KeyGenerator g = javax.crypto.KeyGenerator.getInstance("AES");
        g.init(256);
        return Base64.getEncoder().encodeToString(g.generateKey().getEncoded());
    }

    /** Writes a secret into a file that is the owner's alone from its creation, never readable by others in between. */
    private static void writeSecret(Path file, String text) throws java.io.IOException {
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text);
    }

    /** An RS256 JWT for {@code subject} with the given roles ({@code groups}), issued now, valid for {@code seconds}. */
    public String token(String subject, List<String> roles, long seconds) throws Exception {
        return token(subject, roles, Instant.now(), seconds);
    }

    /** The same with an explicit issue time ({@code iat}); {@code exp} is {@code issuedAt + seconds}. */
    public String token(String subject, List<String> roles, Instant issuedAt, long seconds) throws Exception {
        long now = issuedAt.getEpochSecond();
        String groups = roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + seconds)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        return signed(claims);
    }

    /** An RS256 JWT of exactly these claims (JSON), with the header {@link #token} uses: for tests of odd claims. */
    public String signed(String claims) throws Exception {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"devstack\"}";
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(privateKey);
        s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b.encodeToString(s.sign());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
