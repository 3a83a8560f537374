package cn.gov.epidemic.kit.schema;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The kit's tables migrate in their own Flyway history, {@code kit_schema_history}, just before the service's own. */
@Singleton
public class KitMigrations implements FlywayConfigurationCustomizer {

    /** Where the kit's scripts are; every service lists it in {@code quarkus.flyway.locations}. */
    public static final String LOCATION = "db/kit";
    /** The kit's own history table: kit versions and service versions never share a line. */
    public static final String HISTORY = "kit_schema_history";
    /**
     * The kit's first script as the service's history recorded it before the kit had a history of its own: Quarkus
     * records the path on the classpath ({@code db/kit/V0_1__kit.sql}), plain Flyway the file name.
     */
    static final String LEGACY_VERSION = "0.1";
    static final String LEGACY_SCRIPT = "V0_1__kit.sql";
    /** The kit version that 0.1 is in the kit's history: V1__kit.sql holds the same tables. */
    static final String ADOPTED_VERSION = "1";
    // one instance at a time decides and records (two replicas starting together would both adopt)
    private static final long LOCK = 0x6b69745f736368L;
    private static final Logger LOG = Logger.getLogger(KitMigrations.class);

    @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false")
    boolean migrateAtStart;

    /**
     * Quarkus calls this when it builds the default datasource's Flyway, just before migrate-at-start and before
     * Hibernate validates the schema: the only moment both run in order.
     */
    @Override
    public void customize(FluentConfiguration service) {
        Flyway kit = split(service);
        if (migrateAtStart) migrateFirst(kit, service);
    }

    /** What {@link #customize} does at start, for a Flyway configured outside Quarkus (the upgrade test). */
    public static void migrateFirst(FluentConfiguration service) {
        migrateFirst(split(service), service);
    }

    /**
     * Takes the kit's location out of the service's Flyway and returns a Flyway of the kit's scripts alone, on the
     * same database, recording in {@link #HISTORY}.
     */
    static Flyway split(FluentConfiguration service) {
        List<Location> kitLocations = new ArrayList<>();
        List<Location> own = new ArrayList<>();
        for (Location l : service.getLocations()) (isKit(l.getPath()) ? kitLocations : own).add(l);
        if (kitLocations.isEmpty()) {
            // Quarkus only finds migration files in the locations configured at build time
            throw new IllegalStateException("quarkus.flyway.locations must list " + LOCATION + " (the kit's tables)");
        }
        FluentConfiguration kit = Flyway.configure(KitMigrations.class.getClassLoader())
                .dataSource(service.getDataSource())
                .locations(kitLocations.toArray(Location[]::new))
                .table(HISTORY)
                .connectRetries(service.getConnectRetries())
                .connectRetriesInterval(service.getConnectRetriesInterval())
                .cleanDisabled(true);
        if (service.getDefaultSchema() != null) kit.defaultSchema(service.getDefaultSchema());
        if (service.getSchemas().length > 0) kit.schemas(service.getSchemas());
        ResourceProvider all = service.getResourceProvider();
        if (all != null) {
            // Quarkus indexed the files of every configured location at build time: each Flyway sees its own
            kit.resourceProvider(only(all, true)).javaMigrationClassProvider(List::of);
            service.resourceProvider(only(all, false));
        }
        service.locations(own.toArray(Location[]::new));
        return kit.load();
    }

    /**
     * Brings the kit's tables up to date before the service's scripts run. A database of the old layout (the kit's
     * 0.1 in the service's history) gets a kit history that starts at 1 without running the kit's DDL again, and
     * the 0.1 row leaves the service's history; a new database gets the kit's scripts, then the service's history
     * starts with a baseline at 0 (Flyway refuses a non-empty schema without a history otherwise).
     */
    static void migrateFirst(Flyway kit, FluentConfiguration service) {
        String schema = service.getDefaultSchema() != null ? service.getDefaultSchema()
                : service.getSchemas().length > 0 ? service.getSchemas()[0] : null;
        String serviceTable = service.getTable();
        String serviceHistory = qualified(schema, serviceTable);
        String kitHistory = qualified(schema, HISTORY);
        try (Connection c = service.getDataSource().getConnection()) {
            c.setAutoCommit(true);
            execute(c, "select pg_advisory_lock(" + LOCK + ")");
            try {
                boolean serviceExists = exists(c, serviceHistory);
                boolean kitExists = exists(c, kitHistory);
                boolean legacy = serviceExists && legacyRows(c, serviceHistory) > 0;
                if (!kitExists && legacy) {
                    Flyway.configure(KitMigrations.class.getClassLoader()).configuration(kit.getConfiguration())
                            .baselineVersion(ADOPTED_VERSION)
                            .baselineDescription("kit " + LEGACY_VERSION + ", applied earlier in " + serviceTable)
                            .load().baseline();
                    LOG.infof("kit schema: %s starts at kit version %s, the kit's %s recorded in %s (no DDL run)",
                            HISTORY, ADOPTED_VERSION, LEGACY_VERSION, serviceTable);
                } else if (!kitExists && serviceExists) {
                    throw new IllegalStateException(serviceTable + " exists but neither " + HISTORY
                            + " nor the kit's " + LEGACY_SCRIPT + " in it: the kit's tables are in an unknown state");
                }
                kit.migrate();
                if (legacy) {
                    int removed = removeLegacyRows(c, serviceHistory);
                    LOG.infof("kit schema: %d row of the kit's %s left %s (its place is %s)", removed,
                            LEGACY_VERSION, serviceTable, HISTORY);
                }
                if (!serviceExists) {
                    service.baselineOnMigrate(true).baselineVersion("0")
                            .baselineDescription("<< after the kit tables (" + HISTORY + ") >>");
                }
            } finally {
                execute(c, "select pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("kit schema: could not read the migration histories", e);
        }
    }

    private static boolean isKit(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) p = p.substring(1);
        return p.equals(LOCATION) || p.startsWith(LOCATION + "/");
    }

    private static ResourceProvider only(ResourceProvider all, boolean kit) {
        return new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                LoadableResource r = all.getResource(name);
                return r != null && isKit(r.getAbsolutePath()) == kit ? r : null;
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
                return all.getResources(prefix, suffixes).stream().filter(r -> isKit(r.getAbsolutePath()) == kit).toList();
            }
        };
    }

    // where Flyway puts both histories: the first schema it manages, or the connection's current one
    private static String qualified(String schema, String table) {
        return (schema == null ? "" : '"' + schema + "\".") + '"' + table + '"';
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select to_regclass(?) is not null")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The kit's 0.1 in a service's history, recorded by its classpath path ({@code db/kit/V0_1__kit.sql}) or its name. */
    private static final String LEGACY_ROW = " where version = ? and (script = ? or right(script, ?) = ?) and success";

    private static PreparedStatement legacy(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql + LEGACY_ROW);
        ps.setString(1, LEGACY_VERSION);
        ps.setString(2, LEGACY_SCRIPT);
        ps.setInt(3, LEGACY_SCRIPT.length() + 1);
        ps.setString(4, "/" + LEGACY_SCRIPT);
        return ps;
    }

    private static int legacyRows(Connection c, String history) throws SQLException {
        try (PreparedStatement ps = legacy(c, "select count(*) from " + history)) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int removeLegacyRows(Connection c, String history) throws SQLException {
        try (PreparedStatement ps = legacy(c, "delete from " + history)) {
            return ps.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
