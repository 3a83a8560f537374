package cn.gov.epidemic.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A dynamic class-data-sharing archive of one JVM's classes (JDK 13+, JEP 350): the first run of a jar dumps the
 * classes it loaded when it ends cleanly, every later start maps them instead of loading, parsing and verifying
 * them again.
 *
 * <p>JDK 17 has no {@code -XX:+AutoCreateSharedArchive} (JDK 19), so this does what it does: a start with a current
 * archive gets {@code -XX:SharedArchiveFile}, one without gets {@code -XX:ArchiveClassesAtExit} to a file of its own,
 * which {@link #exited} moves into place only after a clean exit (a killed JVM may leave half an archive). An archive
 * older than any of its inputs (the jars) is not used: a rebuild makes a new one. The JVM itself checks the archive
 * against the JDK and the class path and runs without it (with a warning) on a mismatch.
 */
final class ClassArchive {

    private static final Map<Process, Path[]> PENDING = new ConcurrentHashMap<>();
    private static final AtomicLong SEQ = new AtomicLong();

    private final Path archive;
    private final List<Path> inputs;

    private ClassArchive(Path archive, List<Path> inputs) {
        this.archive = archive;
        this.inputs = inputs;
    }

    /**
     * The archive of a Quarkus application, next to its {@code quarkus-run.jar} (so {@code mvn clean} drops it, and
     * a rebuild makes it stale); its inputs are every file of the application's directory.
     */
    static ClassArchive ofApplication(Path runJar) {
        Path dir = runJar.toAbsolutePath().getParent();
        return new ClassArchive(dir.resolve(name("app")), List.of(dir));
    }

    /** The archive of a JVM started with this class path, in {@code dir}. */
    static ClassArchive of(Path dir, String name, List<Path> classPath) {
        return new ClassArchive(dir.resolve(name(name)), classPath);
    }

    private static String name(String what) {
        // one per JDK build: an archive is only valid for the JVM that wrote it
        return "devstack-cds-" + what + "-" + System.getProperty("java.runtime.version").replaceAll("[^A-Za-z0-9.+-]", "_") + ".jsa";
    }

    /** The JVM flags of the next start; after it, pass its process to {@link #started}. */
    Start next() {
        dropOrphans();
        if (current()) return new Start(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"), null);
        Path pending = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + SEQ.incrementAndGet() + ".tmp");
        return new Start(List.of("-XX:ArchiveClassesAtExit=" + pending), pending);
    }

    /**
     * Deletes the unfinished archives of launchers that are gone: a JVM whose launcher was killed with -9 still
     * writes its archive when the watchdog stops it, and nobody is left to move or delete the file (tens of MB each).
     */
    private void dropOrphans() {
        String prefix = archive.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(archive.toAbsolutePath().getParent())) {
            for (Path f : siblings.toList()) {
                String n = f.getFileName().toString();
                if (!n.startsWith(prefix) || !n.endsWith(".tmp")) continue;
                String pid = n.substring(prefix.length(), n.indexOf('-', prefix.length()) < 0 ? prefix.length() : n.indexOf('-', prefix.length()));
                boolean launcherAlive = pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!launcherAlive) Files.deleteIfExists(f);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the directory cannot be listed: the next start tries again
        }
    }

    /** The flags of one start, and the file its JVM writes at exit (null when it uses the archive). */
    record Start(List<String> flags, Path pending) {
    }

    /** Remembers where {@code p} writes its archive, for {@link #exited}. */
    void started(Process p, Start s) {
        if (s.pending() != null) PENDING.put(p, new Path[] {s.pending(), archive});
    }

    /**
     * Called once {@code p} has ended: its archive becomes the current one after a clean exit ({@code clean}: it
     * stopped within the time given, not by SIGKILL, with status 0 or that of SIGTERM — a JVM that failed to start
     * loaded too few classes to be worth keeping), and is deleted otherwise.
     */
    static void exited(Process p, boolean clean) {
        Path[] files = PENDING.remove(p);
        if (files == null) return;
        try {
            if (clean && !p.isAlive() && (p.exitValue() == 0 || p.exitValue() == 143) && Files.size(files[0]) > 0) {
                Files.move(files[0], files[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(files[0]);
            }
        } catch (IOException e) {
            // no archive this time (the JVM wrote none, e.g. it failed to start): the next clean run makes one
            try {
                Files.deleteIfExists(files[0]);
            } catch (IOException ignored) {
                // nothing to clean
            }
        }
    }

    /** The archive exists and is newer than each file of its inputs (directories' own times change with the archive). */
    private boolean current() {
        try {
            if (!Files.isRegularFile(archive)) return false;
            FileTime made = Files.getLastModifiedTime(archive);
            for (Path in : inputs) {
                if (!Files.exists(in)) continue;
                try (Stream<Path> files = Files.walk(in)) {
                    if (files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith("devstack-cds-")).anyMatch(f -> newer(f, made))) return false;
                }
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static boolean newer(Path f, FileTime than) {
        try {
            return Files.getLastModifiedTime(f).compareTo(than) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
