package cn.gov.epidemic.gateway.auth;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The client systems and their API keys, from a JSON file that holds only SHA-256 hashes of the keys:
 * <pre>{"clients": [{"name": "hohhot-command", "keySha256": ["&lt;hex&gt;", ...], "roles": ["personnel:read"],
 *   "ratePerSecond": 20, "burst": 40}]}</pre>
 * Several hashes per client let a new key be added before the old one is removed (rotation without downtime);
 * the file is re-read when its modification time changes.
 */
@ApplicationScoped
public class ClientRegistry {

    private static final Logger LOG = Logger.getLogger(ClientRegistry.class);

    @Inject
    GatewayConfig config;
    @Inject
    ObjectMapper mapper;

    private volatile Map<String, Client> byHash = Map.of();
    private volatile FileTime loadedAt;
    private volatile long checkedAt;

    void start(@Observes StartupEvent ev) {
        reload();
    }

    /** The client holding this key, or null. */
    public Client byKey(String apiKey) {
        long now = System.currentTimeMillis();
        if (now - checkedAt > 2000) { // at most one stat() every two seconds
            checkedAt = now;
            reloadIfChanged();
        }
        return byHash.get(sha256(apiKey));
    }

    private void reloadIfChanged() {
        try {
            FileTime t = Files.getLastModifiedTime(Path.of(config.clientsFile()));
            if (!t.equals(loadedAt)) reload();
        } catch (Exception e) {
            LOG.warnf("clients file %s unreadable: %s (keeping the %d keys loaded)", config.clientsFile(), e.getMessage(), byHash.size());
        }
    }

    synchronized void reload() {
        Path file = Path.of(config.clientsFile());
        try {
            FileTime t = Files.getLastModifiedTime(file);
            JsonNode root = mapper.readTree(Files.readAllBytes(file));
            Map<String, Client> next = new HashMap<>();
            for (JsonNode c : root.path("clients")) {
                var roles = new LinkedHashSet<String>();
                c.path("roles").forEach(r -> roles.add(r.asText()));
                Client client = new Client(c.path("name").asText(), Set.copyOf(roles), c.path("ratePerSecond").asDouble(20),
                        c.path("burst").asInt(40), "api-key");
                JsonNode hashes = c.path("keySha256");
                if (hashes.isTextual()) next.put(hashes.asText().toLowerCase(), client);
                hashes.forEach(h -> next.put(h.asText().toLowerCase(), client));
            }
            byHash = Map.copyOf(next);
            loadedAt = t;
            LOG.infof("clients file loaded: %d keys", next.size());
        } catch (Exception e) {
            LOG.errorf("clients file %s could not be loaded: %s", file, e.getMessage());
        }
    }

    /** One digest per thread: looking the algorithm up among the security providers costs more than hashing a key. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    public static String sha256(String key) {
        return HEX.formatHex(SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8))); // digest() also resets it
    }
}
