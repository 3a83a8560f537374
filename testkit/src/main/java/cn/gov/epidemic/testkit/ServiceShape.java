package cn.gov.epidemic.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape every service shares, checked the same way in each: thin resources that never touch entities, wire
 * records that never contain entities, services that never depend on resources.
 */
public final class ServiceShape {

    private static final String ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";

    private final String area;
    private final JavaClasses classes;

    private ServiceShape(String area) {
        this.area = area;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gov.epidemic." + area);
    }

    /** The main classes of {@code cn.gov.epidemic.<area>}. */
    public static ServiceShape of(String area) {
        return new ServiceShape(area);
    }

    public JavaClasses classes() {
        return classes;
    }

    public void resourcesDoNotTouchEntities() {
        noClasses().that().resideInAPackage(".." + area + ".rest..").should().dependOnClassesThat().areAssignableTo(ENTITY).check(classes);
    }

    public void wireRecordsDoNotContainEntities() {
        noClasses().that().resideInAPackage(".." + area + ".api..").should().dependOnClassesThat().areAssignableTo(ENTITY).check(classes);
    }

    public void servicesDoNotDependOnResources() {
        noClasses().that().resideInAPackage(".." + area + ".service..")
                .should().dependOnClassesThat().resideInAPackage(".." + area + ".rest..").check(classes);
    }
}
