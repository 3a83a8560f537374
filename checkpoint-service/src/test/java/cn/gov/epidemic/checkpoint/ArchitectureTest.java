package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.testkit.ServiceShape;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The service's shape: thin resources, services that own the rules, entities that never cross the wire (testkit's rules). */
class ArchitectureTest {

    private static final ServiceShape SHAPE = ServiceShape.of("checkpoint");

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
        // PassKeys creates the signing key at start-up, outside any request, under its own advisory lock
        SHAPE.oneTransactionPerRequest("PassKeys");
    }

    @Test
    void creatingPostsUseIdempotencyKeys() {
        SHAPE.creatingPostsUseIdempotencyKeys();
    }

    @Test
    void eventsAreNeverEntities() {
        noClasses().that().resideInAPackage("..checkpoint.event..")
                .should().dependOnClassesThat().areAssignableTo(PanacheEntityBase.class)
                .check(SHAPE.classes());
    }
}
