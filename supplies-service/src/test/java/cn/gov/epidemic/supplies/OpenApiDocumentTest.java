package cn.gov.epidemic.supplies;

import cn.gov.epidemic.testkit.OpenApiChecks;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What integrators build from: every operation documented (testkit's common check). */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationIsDocumented() throws Exception {
        OpenApiChecks.assertEveryOperationDocumented(50);
    }
}
