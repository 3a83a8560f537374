package cn.gov.epidemic.personnel;

import cn.gov.epidemic.devstack.ChildInfra;
import cn.gov.epidemic.kit.schema.KitMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
        // the old layout: one history, the kit's script (kept as it was on main) in the service's version line
        Flyway.configure().dataSource(url, user(), password())
                .locations("classpath:db/migration", "classpath:db/kit-0.1").load().migrate();
        assertEquals(List.of("0.1 SQL V0_1__kit.sql", "1 SQL V1__personnel.sql", "2 SQL V2__flows.sql"),
                history(url, "flyway_schema_history"));
        long outboxOid;
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.executeUpdate("insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload, occurred_at)"
                    + " values ('" + UUID.randomUUID() + "', 'person', 'p1', 'cn.gov.epidemic.personnel.person.registered',"
                    + " 'personnel.events', '{}', now())");
            outboxOid = oid(c, "outbox_event");
        }

        startAsTheServiceDoes(url);

        List<String> kit = history(url, KitMigrations.HISTORY);
        System.out.println("[test] upgraded: kit history " + kit + ", service history " + history(url, "flyway_schema_history"));
        assertEquals(List.of("1 BASELINE kit 0.1, applied earlier in flyway_schema_history", "2 SQL V2__dataschema.sql"),
                kit);
        assertEquals(List.of("1 SQL V1__personnel.sql", "2 SQL V2__flows.sql"), history(url, "flyway_schema_history"));
        assertTrue(hasColumn(url, "outbox_event", "dataschema"));
        try (Connection c = connect(url)) {
            assertEquals(outboxOid, oid(c, "outbox_event"), "the kit's tables are the same tables, not created again");
        }
        assertEquals("1", text(url, "select count(*) from outbox_event"));

        // the next start changes nothing
        startAsTheServiceDoes(url);
        assertEquals(kit, history(url, KitMigrations.HISTORY));
        assertEquals(List.of("1 SQL V1__personnel.sql", "2 SQL V2__flows.sql"), history(url, "flyway_schema_history"));
    }

    @Test
    void newDatabaseGetsTheKitsTablesThenTheServices() throws Exception {
        String url = url("fresh");
        startAsTheServiceDoes(url);

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

        startAsTheServiceDoes(url);
        assertEquals(kit, history(url, KitMigrations.HISTORY));
        assertEquals(service, history(url, "flyway_schema_history"));
    }

    /** The service's Flyway as configured in application.properties, with the kit's step Quarkus runs first. */
    private static void startAsTheServiceDoes(String url) {
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
