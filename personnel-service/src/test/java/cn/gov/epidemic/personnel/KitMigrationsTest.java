package cn.gov.epidemic.personnel;

import cn.gov.epidemic.devstack.ChildInfra;
import cn.gov.epidemic.kit.schema.KitMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's migrations in their own history, on a real PostgreSQL: a database of the old layout (the kit's 0.1 in the
 * service's history) upgrades at start without running the kit's DDL again; a new database gets everything.
 */
class KitMigrationsTest {

    private static ChildInfra pg;

    @BeforeAll
    static void start() throws Exception {
        pg = ChildInfra.start("--no-kafka", "--db", "upgraded", "--db", "fresh");
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) pg.close();
    }

    @Test
    void oldLayoutUpgradesWithoutRunningTheKitsDdlAgain() throws Exception {
        String url = url("upgraded");
        // the old layout as main's services ran it: one history, the kit's script (kept as it was) in the service's
        // version line, each script recorded as Quarkus names it
        Map<String, String> old = files("db/migration");
        old.put("db/kit/V0_1__kit.sql", "db/kit-0.1/V0_1__kit.sql");
        asQuarkusConfigures(url, old).load().migrate();
        List<String> before = history(url, "flyway_schema_history");
        assertEquals(List.of("0.1 SQL db/kit/V0_1__kit.sql", "1 SQL db/migration/V1__personnel.sql",
                "2 SQL db/migration/V2__flows.sql"), before);
        long outboxOid;
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.executeUpdate("insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload, occurred_at)"
                    + " values ('" + UUID.randomUUID() + "', 'person', 'p1', 'cn.gov.epidemic.personnel.person.registered',"
                    + " 'personnel.events', '{}', now())");
            outboxOid = oid(c, "outbox_event");
        }

        startAsQuarkusDoes(url);

        List<String> kit = history(url, KitMigrations.HISTORY);
        List<String> service = history(url, "flyway_schema_history");
        System.out.println("[test] upgraded: kit history " + kit + ", service history " + service);
        assertEquals(List.of("1 BASELINE kit 0.1, applied earlier in flyway_schema_history",
                "2 SQL db/kit/V2__dataschema.sql"), kit);
        assertEquals(before.subList(1, 3), service);
        assertTrue(hasColumn(url, "outbox_event", "dataschema"));
        try (Connection c = connect(url)) {
            assertEquals(outboxOid, oid(c, "outbox_event"), "the kit's tables are the same tables, not created again");
        }
        assertEquals("1", text(url, "select count(*) from outbox_event"));

        // the next start changes nothing
        startAsQuarkusDoes(url);
        assertEquals(kit, history(url, KitMigrations.HISTORY));
        assertEquals(service, history(url, "flyway_schema_history"));
    }

    @Test
    void newDatabaseGetsTheKitsTablesThenTheServices() throws Exception {
        String url = url("fresh");
        startWithPlainFlyway(url);

        List<String> kit = history(url, KitMigrations.HISTORY);
        List<String> service = history(url, "flyway_schema_history");
        System.out.println("[test] fresh: kit history " + kit + ", service history " + service);
        assertEquals(List.of("1 SQL V1__kit.sql", "2 SQL V2__dataschema.sql"), kit);
        assertEquals(List.of("0 BASELINE << after the kit tables (kit_schema_history) >>", "1 SQL V1__personnel.sql",
                "2 SQL V2__flows.sql"), service);
        assertTrue(hasColumn(url, "outbox_event", "dataschema"));
        for (String table : List.of("outbox_event", "processed_event", "idempotency_key", "audit_log", "division")) {
            try (Connection c = connect(url)) {
                assertTrue(oid(c, table) > 0, table);
            }
        }

        startWithPlainFlyway(url);
        assertEquals(kit, history(url, KitMigrations.HISTORY));
        assertEquals(service, history(url, "flyway_schema_history"));
    }

    /** The service's start as Quarkus runs it: its Flyway, customized by KitMigrations, then migrate-at-start. */
    private static void startAsQuarkusDoes(String url) throws Exception {
        Map<String, String> all = files("db/migration");
        all.putAll(files("db/kit"));
        FluentConfiguration service = asQuarkusConfigures(url, all);
        KitMigrations.migrateFirst(service);
        service.load().migrate();
    }

    /**
     * The service's Flyway as Quarkus configures it: the files of the configured locations, indexed at build time,
     * each named by its path on the classpath (key: that name, value: where the test reads it).
     */
    private static FluentConfiguration asQuarkusConfigures(String url, Map<String, String> files) {
        List<LoadableResource> resources = new ArrayList<>();
        files.forEach((name, source) -> resources.add(new Indexed(name, source)));
        ResourceProvider provider = new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return resources.stream().filter(r -> r.getRelativePath().equals(name)).findFirst().orElse(null);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
                return resources.stream().filter(r -> r.getFilename().startsWith(prefix)
                        && Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith)).toList();
            }
        };
        return Flyway.configure().dataSource(url, user(), password()).locations("db/migration", "db/kit")
                .resourceProvider(provider).javaMigrationClassProvider(List::of);
    }

    /** The files of a directory of the test classpath (a module's classes, or the kit's jar), each named by its path. */
    private static Map<String, String> files(String dir) throws Exception {
        URI uri = KitMigrationsTest.class.getClassLoader().getResource(dir).toURI();
        if (!"jar".equals(uri.getScheme())) return list(Path.of(uri), dir);
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return list(jar.getPath(dir), dir);
        }
    }

    private static Map<String, String> list(Path path, String dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(path)) {
            list.forEach(f -> files.put(dir + "/" + f.getFileName(), dir + "/" + f.getFileName()));
        }
        return files;
    }

    /** A migration file under the name Quarkus gives it. */
    private static final class Indexed extends LoadableResource {
        private final String name;
        private final String source;

        Indexed(String name, String source) {
            this.name = name;
            this.source = source;
        }

        @Override
        public Reader read() {
            return new InputStreamReader(KitMigrationsTest.class.getClassLoader().getResourceAsStream(source),
                    StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return name;
        }

        @Override
        public String getFilename() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }

    /** The service's start with Flyway outside Quarkus (it scans the locations itself). */
    private static void startWithPlainFlyway(String url) {
        FluentConfiguration service = Flyway.configure().dataSource(url, user(), password())
                .locations("db/migration", "db/kit");
        KitMigrations.migrateFirst(service);
        service.load().migrate();
    }

    private static List<String> history(String url, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, type, script, success from " + table
                     + " order by installed_rank")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), table + " " + rs.getString("version"));
                rows.add(rs.getString("version") + " " + rs.getString("type") + " " + rs.getString("script"));
            }
        }
        return rows;
    }

    private static boolean hasColumn(String url, String table, String column) throws SQLException {
        return "1".equals(text(url, "select count(*) from information_schema.columns where table_name = '" + table
                + "' and column_name = '" + column + "' and data_type = 'character varying'"
                + " and character_maximum_length = 300"));
    }

    private static long oid(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(to_regclass('" + table
                + "')::oid, 0)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String url, String sql) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    private static String url(String db) {
        String any = pg.get("jdbcUrl");
        return any.substring(0, any.lastIndexOf('/') + 1) + db;
    }

    private static String user() {
        return pg.get("username");
    }

    private static String password() {
        return pg.get("password");
    }
}
