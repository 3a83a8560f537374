package cn.gov.epidemic.supplies;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The service's shape: thin resources, services that own the rules, entities that never cross the wire. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.epidemic.supplies");

    @Test
    void resourcesDoNotTouchEntities() {
        noClasses().that().resideInAPackage("..supplies.rest..")
                .should().dependOnClassesThat().areAssignableTo(PanacheEntityBase.class)
                .check(CLASSES);
    }

    @Test
    void wireRecordsDoNotContainEntities() {
        noClasses().that().resideInAPackage("..supplies.api..")
                .should().dependOnClassesThat().areAssignableTo(PanacheEntityBase.class)
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnResources() {
        noClasses().that().resideInAPackage("..supplies.service..")
                .should().dependOnClassesThat().resideInAPackage("..supplies.rest..")
                .check(CLASSES);
    }
}
