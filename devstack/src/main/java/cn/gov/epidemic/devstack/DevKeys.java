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
 * The local suite's token key pair (RSA 2048), made on first start, and tokens signed with it by the JDK alone.
 *
 * <p>Services verify tokens with the public key; until the gateway exists, {@link #token} mints one by hand for
 * trying the API with curl. The private key never leaves the data directory.
 */
public final class DevKeys {

    public static final String ISSUER = "https://gateway.epidemic.local";

    private final Path publicKey;
    private final PrivateKey privateKey;

    private DevKeys(Path publicKey, PrivateKey privateKey) {
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
            Files.writeString(priv, pem("PRIVATE KEY", kp.getPrivate().getEncoded()));
            Files.writeString(pub, pem("PUBLIC KEY", kp.getPublic().getEncoded()));
        }
        String b64 = Files.readAllLines(priv).stream().filter(l -> !l.startsWith("-----")).collect(Collectors.joining());
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
        return new DevKeys(pub, key);
    }

    public Path publicKeyFile() {
        return publicKey;
    }

    /** An RS256 JWT for {@code subject} with the given roles ({@code groups}), valid for {@code seconds}. */
    public String token(String subject, List<String> roles, long seconds) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"devstack\"}";
        String groups = roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + seconds)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
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

    /** {@code java -cp ... DevKeys DIR SUBJECT ROLE,ROLE [SECONDS]}: prints a token (for scripts and curl). */
    public static void main(String[] args) throws Exception {
        DevKeys keys = inDirectory(Path.of(args[0]));
        System.out.println(keys.token(args[1], List.of(args[2].split(",")), args.length > 3 ? Long.parseLong(args[3]) : 43_200));
    }
}
