package cn.gov.epidemic.kit.sealing;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The service's {@link SealingKeys}, from {@code epidemic.sealing.keys} (env {@code EPIDEMIC_SEALING_KEYS}) or the
 * file {@code epidemic.sealing.keys-file} (a compose or Kubernetes secret). A service that seals or opens event
 * fields sets {@code epidemic.sealing.required=true} and does not start without valid keys; the others never load them.
 */
@ApplicationScoped
public class Sealing {

    private static final String WHAT = "epidemic.sealing.keys (EPIDEMIC_SEALING_KEYS)";

    @ConfigProperty(name = "epidemic.sealing.keys")
    Optional<String> keys;
    @ConfigProperty(name = "epidemic.sealing.keys-file")
    Optional<Path> keysFile;
    @ConfigProperty(name = "epidemic.sealing.required", defaultValue = "false")
    boolean required;

    private volatile SealingKeys loaded;

    void onStart(@Observes StartupEvent e) {
        if (required) keys(); // a missing or malformed key stops the start, not the first fever case
    }

    /** The keys; IllegalStateException naming the setting when none is configured. */
    public SealingKeys keys() {
        SealingKeys k = loaded;
        if (k == null) {
            synchronized (this) {
                if (loaded == null) loaded = SealingKeys.parse(value(), WHAT);
                k = loaded;
            }
        }
        return k;
    }

    private String value() {
        if (keys.isPresent() && !keys.get().isBlank()) return keys.get();
        if (keysFile.isPresent()) {
            try {
                return Files.readString(keysFile.get());
            } catch (IOException e) {
                throw new IllegalStateException("epidemic.sealing.keys-file unreadable: " + keysFile.get());
            }
        }
        throw new IllegalStateException("no sealing keys: set " + WHAT + " (id:base64 of 32 bytes, the first seals) or"
                + " EPIDEMIC_SEALING_KEYS_FILE; personal data in events is sealed with them");
    }
}
