package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.checkpoint.service.ServiceProblem;
import cn.gov.epidemic.testkit.ProblemCatalogueCheck;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

/** Every problem this service (and the kit it runs) can raise is a constant of the catalogue, and the document lists them all. */
@QuarkusTest
class ProblemCatalogueTest {

    @Test
    void everyRaiseInTheCodeNamesACataloguedType() {
        // ProblemException.java declares the factories, which pass their parameter on
        ProblemCatalogueCheck.assertEveryRaiseCatalogued(ServiceProblem.class, Set.of("ProblemException.java"),
                Path.of("src/main/java"), Path.of("../kit-web/src/main/java"), Path.of("../kit/src/main/java"));
    }

    @Test
    void theOpenApiDocumentListsTheCatalogue() throws Exception {
        ProblemCatalogueCheck.assertDocumentListsCatalogue(ServiceProblem.class);
    }
}
