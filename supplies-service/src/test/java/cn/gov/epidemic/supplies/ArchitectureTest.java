package cn.gov.epidemic.supplies;

import cn.gov.epidemic.testkit.ServiceShape;
import org.junit.jupiter.api.Test;

/** The service's shape: thin resources, services that own the rules, entities that never cross the wire (testkit's rules). */
class ArchitectureTest {

    private static final ServiceShape SHAPE = ServiceShape.of("supplies");

    @Test
    void resourcesDoNotTouchEntities() {
        SHAPE.resourcesDoNotTouchEntities();
    }

    @Test
    void wireRecordsDoNotContainEntities() {
        SHAPE.wireRecordsDoNotContainEntities();
    }

    @Test
    void servicesDoNotDependOnResources() {
        SHAPE.servicesDoNotDependOnResources();
    }

    @Test
    void oneTransactionPerRequest() {
        SHAPE.oneTransactionPerRequest();
    }

    @Test
    void creatingPostsUseIdempotencyKeys() {
        SHAPE.creatingPostsUseIdempotencyKeys();
    }
}
