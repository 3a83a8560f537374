package cn.gov.epidemic.testkit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape every service shares, checked the same way in each: thin resources that never touch entities, wire
 * records that never contain entities, services that never depend on resources, one transaction per request and
 * creating POSTs that are safe to retry.
 */
public final class ServiceShape {

    private static final String ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    private static final String QUARKUS_TRANSACTION = "io.quarkus.narayana.jta.QuarkusTransaction";
    private static final String TRANSACTION_SEMANTICS = "io.quarkus.narayana.jta.TransactionSemantics";
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final String IDEMPOTENCY_KEYS = "cn.gov.epidemic.kit.rest.IdempotencyKeys";
    private static final String POST = "jakarta.ws.rs.POST";
    private static final String API_RESPONSE = "org.eclipse.microprofile.openapi.annotations.responses.APIResponse";
    private static final String API_RESPONSES = "org.eclipse.microprofile.openapi.annotations.responses.APIResponses";

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

    /**
     * A request path never starts a second transaction: {@code QuarkusTransaction.requiringNew()},
     * {@code TransactionSemantics.REQUIRE_NEW} and {@code @Transactional(REQUIRES_NEW)} are refused in the
     * {@code service} and {@code rest} packages, so that a creating POST's effect, outbox and audit rows and its
     * Idempotency-Key commit together (and a request holds one connection). {@code exempt}: simple names of classes
     * that work outside any request (e.g. start-up key creation), each one a decision to name in the test.
     */
    public void oneTransactionPerRequest(String... exempt) {
        Set<String> names = Set.of(exempt);
        DescribedPredicate<JavaClass> notExempt = DescribedPredicate.describe("are not exempt " + names, c -> !names.contains(c.getSimpleName()));
        String[] packages = {".." + area + ".service..", ".." + area + ".rest.."};
        noClasses().that().resideInAnyPackage(packages).and(notExempt)
                .should().callMethod(QUARKUS_TRANSACTION, "requiringNew")
                .orShould().accessField(TRANSACTION_SEMANTICS, "REQUIRE_NEW")
                .orShould(new ArchCondition<JavaClass>("use @Transactional(REQUIRES_NEW)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        List<HasAnnotations<?>> annotated = new ArrayList<>(c.getMethods());
                        annotated.add(c);
                        for (HasAnnotations<?> a : annotated) {
                            if (requiresNew(a)) events.add(SimpleConditionEvent.satisfied(c, a.getDescription() + " has @Transactional(REQUIRES_NEW)"));
                        }
                    }
                })
                .check(classes);
    }

    private static boolean requiresNew(HasAnnotations<?> element) {
        return element.tryGetAnnotationOfType(TRANSACTIONAL)
                .flatMap(t -> t.get("value"))
                .map(v -> v instanceof JavaEnumConstant e && e.name().equals("REQUIRES_NEW"))
                .orElse(false);
    }

    /**
     * Every {@code @POST} that creates (declares a 201 response) goes through {@code IdempotencyKeys.execute}: a
     * client that lost the answer retries with the same Idempotency-Key and gets the first response, not a second
     * resource.
     */
    public void creatingPostsUseIdempotencyKeys() {
        methods().that().areDeclaredInClassesThat().resideInAPackage(".." + area + ".rest..")
                .and().areAnnotatedWith(POST)
                .and(DescribedPredicate.describe("declare a 201 response", (JavaMethod m) -> responseCodes(m).contains("201")))
                .should(new ArchCondition<JavaMethod>("call IdempotencyKeys.execute") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        boolean calls = m.getMethodCallsFromSelf().stream()
                                .anyMatch(c -> c.getTargetOwner().getName().equals(IDEMPOTENCY_KEYS) && c.getName().equals("execute"));
                        if (!calls) events.add(SimpleConditionEvent.violated(m, m.getFullName() + " answers 201 without IdempotencyKeys.execute"));
                    }
                })
                .check(classes);
    }

    private static List<String> responseCodes(JavaMethod m) {
        List<String> codes = new ArrayList<>();
        for (JavaAnnotation<JavaMethod> a : m.getAnnotations()) {
            String type = a.getRawType().getName();
            if (type.equals(API_RESPONSE)) {
                a.get("responseCode").ifPresent(v -> codes.add(v.toString()));
            } else if (type.equals(API_RESPONSES)) { // @APIResponse repeated: the compiler wraps them in the container
                a.get("value").ifPresent(v -> {
                    for (Object inner : (Object[]) v) ((JavaAnnotation<?>) inner).get("responseCode").ifPresent(c -> codes.add(c.toString()));
                });
            }
        }
        return codes;
    }
}
