package cn.gov.epidemic.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Alternative to zonky: the Debian PostgreSQL server binaries (/usr/lib/postgresql/N/bin, package postgresql-N).
 * initdb/postgres refuse uid 0, so as root every server command runs through `runuser -u postgres --`
 * and the cluster dir is chowned to postgres. As a non-root user the binaries are called directly.
 */
public final class SystemPg implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final String db;
    private final boolean deleteOnClose;

    private SystemPg(Path dir, int port, String db, boolean deleteOnClose) {
        this.dir = dir;
        this.port = port;
        this.db = db;
        this.deleteOnClose = deleteOnClose;
    }

    static Path binDir() throws IOException {
        String env = System.getenv("PG_BIN");
        if (env != null) return Path.of(env);
        try (Stream<Path> s = Files.list(Path.of("/usr/lib/postgresql"))) {
            return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
                    .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IOException("no /usr/lib/postgresql/*/bin/initdb: apt-get install postgresql"));
        }
    }

    static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    public static SystemPg start(int port, Path dir, String db, boolean deleteOnClose) throws Exception {
        long t0 = System.nanoTime();
        Path bin = binDir();
        int p = port > 0 ? port : Ports.free();
        Path data = dir.resolve("data");
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        boolean root = isRoot();
        if (root) chownRecursive(dir, "postgres");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            exec(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C", "--no-sync");
        }
        SystemPg pg = new SystemPg(dir, p, db, deleteOnClose);
        pg.restart();
        try {
            // psql is a client: no uid restriction; runs as whoever we are
            Process q = new ProcessBuilder(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(p),
                    "-U", "postgres", "-d", "postgres", "-tAc", "select 1 from pg_database where datname='" + db + "'")
                    .redirectErrorStream(true).start();
            String out = new String(q.getInputStream().readAllBytes()).trim();
            q.waitFor();
            if (!out.equals("1")) {
                execPlain(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(p), "-U", "postgres", db);
            }
        } catch (Exception e) {
            pg.close();
            throw e;
        }
        System.out.printf("[devstack] system PostgreSQL (%s, root=%s) up at %s in %d ms%n", bin, root, pg.jdbcUrl(),
                (System.nanoTime() - t0) / 1_000_000);
        return pg;
    }

    /** Starts the server (again, after {@link #stop()}: same port, same data). */
    public void restart() throws IOException, InterruptedException {
        Path run = dir.resolve("run");
        exec(isRoot(), binDir().resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", run.resolve("postgres.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + run + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
    }

    /** Fast shutdown (open connections are terminated); data and port kept for {@link #restart()}. */
    public void stop() throws IOException, InterruptedException {
        exec(isRoot(), binDir().resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    /** SIGSTOP of the postmaster and its children: a database that hangs (see {@link EmbeddedPg#freeze()}). */
    public void freeze() throws IOException, InterruptedException {
        PgSignals.stop(dir);
    }

    public void thaw() throws IOException, InterruptedException {
        PgSignals.cont(dir);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) { // not stopped already
                thaw(); // a frozen server cannot shut down; SIGCONT to a running one is harmless
                stop();
            }
        } finally {
            if (deleteOnClose) EmbeddedKafka.deleteRecursively(dir);
        }
    }

    private static void exec(boolean asPostgres, String... cmd) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>();
        if (asPostgres) c.addAll(List.of("runuser", "-u", "postgres", "--"));
        c.addAll(List.of(cmd));
        execPlain(c.toArray(String[]::new));
    }

    private static void execPlain(String... cmd) throws IOException, InterruptedException {
        Process pr = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(pr.getInputStream().readAllBytes());
        if (!pr.waitFor(120, TimeUnit.SECONDS) || pr.exitValue() != 0) {
            throw new IOException("failed (" + pr.exitValue() + "): " + String.join(" ", cmd) + "\n" + out);
        }
    }

    private static void chownRecursive(Path dir, String user) throws IOException {
        UserPrincipalLookupService l = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal u = l.lookupPrincipalByName(user);
        GroupPrincipal g = l.lookupPrincipalByGroupName(user);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                PosixFileAttributeView v = Files.getFileAttributeView(f, PosixFileAttributeView.class);
                v.setOwner(u);
                v.setGroup(g);
            }
        }
    }

    /** Manual check: java -cp ... devinfra.SystemPg [dir] */
    public static void main(String[] args) throws Exception {
        Path d = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("syspg-");
        try (SystemPg pg = start(0, d, "app", args.length == 0)) {
            try (var c = java.sql.DriverManager.getConnection(pg.jdbcUrl(), "postgres", "");
                 var rs = c.createStatement().executeQuery("select version(), current_user")) {
                rs.next();
                System.out.println(rs.getString(1) + " / user " + rs.getString(2));
            }
        }
        System.out.println("stopped");
    }
}
