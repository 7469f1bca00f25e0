package org.tipmonitor.recommendation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.tipmonitor.commons.architecture.ServiceArchitecture;

/** The layer rules every service shares (commons' ServiceArchitecture), applied to this service's classes. */
@AnalyzeClasses(packages = "org.tipmonitor.recommendation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String SERVICE = "org.tipmonitor.recommendation";

    @ArchTest
    static final ArchRule layersAreUsedOnlyFromAbove = ServiceArchitecture.layers(SERVICE);

    @ArchTest
    static final ArchRule mappingDoesNoIo = ServiceArchitecture.mappingDoesNoIo(SERVICE);

    @ArchTest
    static final ArchRule onlyTheAccessRulesCheckRoles = ServiceArchitecture.roleChecksOnlyInAccessRules(SERVICE);
}
