package org.tipmonitor.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.tipmonitor.commons.architecture.ServiceArchitecture;

/**
 * The gateway's layers: graph (resolvers) → client (the services' REST APIs, typed with their api
 * records) and mapping (api records → the graph's model); the model and the clients know nothing of
 * the graph above them, mapping does no I/O, and only the access rules decide by role.
 */
@AnalyzeClasses(packages = "org.tipmonitor.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String GATEWAY = "org.tipmonitor.gateway";

    @ArchTest
    static final ArchRule theModelIsPlainGraphTypes = noClasses().that().resideInAPackage(GATEWAY + ".model..")
            .should().dependOnClassesThat().resideInAnyPackage(GATEWAY + ".graph..", GATEWAY + ".client..",
                    GATEWAY + ".mapping..", GATEWAY + ".security..", "io.smallrye.mutiny..")
            .because("the graph's types are data; resolving them is the graph's work");

    @ArchTest
    static final ArchRule clientsSpeakTheServicesApiNotTheGraph = noClasses().that()
            .resideInAPackage(GATEWAY + ".client..")
            .should().dependOnClassesThat().resideInAnyPackage(GATEWAY + ".graph..", GATEWAY + ".model..",
                    GATEWAY + ".mapping..")
            .because("a client is typed with the service's own API records (org.tipmonitor.api)");

    @ArchTest
    static final ArchRule mappingDoesNoIo = noClasses().that().resideInAPackage(GATEWAY + ".mapping..")
            .should().dependOnClassesThat().resideInAnyPackage(GATEWAY + ".client..", GATEWAY + ".graph..",
                    "io.smallrye.mutiny..", "java.io..", "java.net.http..", "org.eclipse.microprofile.rest.client..")
            .because("a mapper turns what it is given into the graph's types, nothing more");

    @ArchTest
    static final ArchRule roleChecksOnlyInAccessRules = ServiceArchitecture.roleChecksOnlyInAccessRules(GATEWAY);
}
