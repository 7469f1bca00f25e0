package org.tipmonitor.commons.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules every service follows, written once. Each service's ArchitectureTest analyzes its own
 * package and includes these rules whole ({@code ArchTests.in(ServiceArchitecture.class)}); the
 * methods serve a module that needs one rule for another package (the gateway's role rule). Layers are matched anywhere below the service's package, so a service split by
 * feature (victim.published.rest, victim.disclosure.service, ...) is held to the same rules.
 *
 * <pre>
 *   rest ──► service ──► repository ──► model        mapping: model → api views, no I/O
 *     └────► mapping ──────────────────► model        dataset: loads files through services/repositories
 * </pre>
 */
public final class ServiceArchitecture {

    private static final String EVERY_SERVICE = "org.tipmonitor";

    @ArchTest
    public static final ArchRule eachLayerUsesOnlyTheLayersBelowIt = layers(EVERY_SERVICE);

    @ArchTest
    public static final ArchRule mappersDoNoIo = mappingDoesNoIo(EVERY_SERVICE);

    @ArchTest
    public static final ArchRule onlyTheAccessRulesDecideByRole = roleChecksOnlyInAccessRules(EVERY_SERVICE);

    private ServiceArchitecture() {
    }

    /** rest → service → repository → model; nothing imports upward; only rest builds API views. */
    public static ArchRule layers(String servicePackage) {
        String base = servicePackage + "..";
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy(base + "rest..")
                .layer("mapping").definedBy(base + "mapping..")
                .layer("service").definedBy(base + "service..")
                .layer("repository").definedBy(base + "repository..")
                .layer("model").definedBy(base + "model..")
                .layer("dataset").definedBy(base + "dataset..")
                .layer("health").definedBy(base + "health..")
                .layer("security").definedBy(base + "security..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("mapping").mayOnlyBeAccessedByLayers("rest")
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "dataset", "health")
                .whereLayer("repository").mayOnlyBeAccessedByLayers("service", "dataset", "health")
                .whereLayer("model").mayOnlyBeAccessedByLayers("rest", "mapping", "service", "repository", "dataset", "health")
                .whereLayer("security").mayOnlyBeAccessedByLayers("rest", "service")
                .because("a layer may use only the layers below it");
    }

    /** A mapper turns what it is given into API views: no database, file, network or clock. */
    public static ArchRule mappingDoesNoIo(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..mapping..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "io.quarkus.hibernate..", "io.quarkus.panache..", "java.sql..",
                        "java.io..", "java.nio.file..", "java.net.http..", "org.eclipse.microprofile.rest.client..",
                        servicePackage + "..repository..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.tipmonitor.commons.source.SourceCatalog")
                .orShould().callMethodWhere(describe("a query of a Panache entity",
                        (JavaMethodCall call) -> call.getTarget().getOwner()
                                .isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                                && call.getTarget().getName().matches("find.*|list.*|stream.*|count|persist.*|delete.*")))
                .because("a mapper does no I/O: its caller reads what it needs first");
    }

    /** Role decisions are made in the service's access rules only, where a reader finds them all. */
    public static ArchRule roleChecksOnlyInAccessRules(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .and(describe("are not the access rules", (JavaClass c) -> !c.getSimpleName().equals("AccessRules")))
                .should().callMethod("io.quarkus.security.identity.SecurityIdentity", "hasRole", "java.lang.String")
                .because("who may do what is written in one place per service (security.AccessRules)");
    }
}
