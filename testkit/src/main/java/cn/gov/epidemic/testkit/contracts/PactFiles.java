package cn.gov.epidemic.testkit.contracts;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the suite's pacts are kept: {@code contracts/pacts/<consumer>-<provider>.json} in the repository (no broker),
 * found from whichever module directory the build runs in; {@code -Dpact.rootDir} (Pact's own property) overrides it.
 */
public final class PactFiles {

    private PactFiles() {
    }

    /** {@code contracts/pacts/} of the repository: the nearest directory above the working one with {@code contracts/README.md}. */
    public static Path directory() {
        String configured = System.getProperty("pact.rootDir");
        if (configured != null && !configured.isBlank()) return Path.of(configured).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        for (Path d = here; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("contracts").resolve("README.md"))) return d.resolve("contracts").resolve("pacts");
        }
        throw new IllegalStateException("no contracts/README.md in " + here + " or above it (or set -Dpact.rootDir)");
    }

    /** The file of one consumer's pact with one provider. */
    public static Path file(Path directory, String consumer, String provider) {
        return directory.resolve(consumer + "-" + provider + ".json");
    }

    /** Every pact in {@code directory} whose provider is {@code provider}, in file name order. */
    public static List<Pact> withProvider(Path directory, String provider) {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .map(f -> DefaultPactReader.INSTANCE.loadPact(f.toFile()))
                    .filter(p -> provider.equals(p.getProvider().getName()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + directory, e);
        }
    }
}
