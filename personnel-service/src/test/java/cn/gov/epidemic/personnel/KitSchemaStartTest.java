package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The running service's database: the kit's scripts are in the kit's history only, the service's in its own. */
@QuarkusTest
class KitSchemaStartTest {

    // Quarkus records a script by its path on the classpath (db/kit/V1__kit.sql), plain Flyway by its file name
    private static final String ROWS = "select string_agg(version || ' ' || type || ' '"
            + " || regexp_replace(script, '^.*/', ''), ', ' order by installed_rank) from ";

    @Test
    void kitAndServiceKeepTheirOwnHistories() {
        String kit = Sql.text(ROWS + "kit_schema_history where success");
        String service = Sql.text(ROWS + "flyway_schema_history where success");
        System.out.println("[test] kit_schema_history: " + kit + "; flyway_schema_history: " + service);
        assertEquals("1 SQL V1__kit.sql, 2 SQL V2__dataschema.sql", kit);
        assertEquals("0 BASELINE << after the kit tables (kit_schema_history) >>, 1 SQL V1__personnel.sql,"
                + " 2 SQL V2__flows.sql, 1000 SQL V1000__consumer_probe.sql", service);
        assertEquals(1, Sql.count("select count(*) from information_schema.columns where table_name = 'outbox_event'"
                + " and column_name = 'dataschema'"));
    }
}
