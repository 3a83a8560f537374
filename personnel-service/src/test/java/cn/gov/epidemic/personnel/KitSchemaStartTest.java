package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The running service's database: the kit's scripts are in the kit's history only, the service's in its own. */
@QuarkusTest
class KitSchemaStartTest {

    @Test
    void kitAndServiceKeepTheirOwnHistories() {
        long kit = Sql.count("select count(*) from kit_schema_history where success and type = 'SQL'"
                + " and script in ('V1__kit.sql', 'V2__dataschema.sql')");
        long kitInService = Sql.count("select count(*) from flyway_schema_history where script like '%kit%'"
                + " or script like '%dataschema%'");
        long service = Sql.count("select count(*) from flyway_schema_history where success and type = 'SQL'"
                + " and script in ('V1__personnel.sql', 'V2__flows.sql', 'V1000__consumer_probe.sql')");
        System.out.printf("[test] kit_schema_history: %d kit scripts; flyway_schema_history: %d service scripts,"
                + " %d kit scripts%n", kit, service, kitInService);
        assertEquals(2, kit);
        assertEquals(0, kitInService);
        assertEquals(3, service);
        assertEquals(1, Sql.count("select count(*) from information_schema.columns where table_name = 'outbox_event'"
                + " and column_name = 'dataschema'"));
    }
}
