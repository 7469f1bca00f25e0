package org.tipmonitor.country;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.tipmonitor.commons.architecture.ServiceArchitecture;

/** The layer rules every service follows (commons' ServiceArchitecture), held against this service's classes. */
@AnalyzeClasses(packages = "org.tipmonitor.country", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String SERVICE = "org.tipmonitor.country";

    @ArchTest
    static final ArchRule eachLayerUsesOnlyTheLayersBelowIt = ServiceArchitecture.layers(SERVICE);

    @ArchTest
    static final ArchRule mappingDoesNoIo = ServiceArchitecture.mappingDoesNoIo(SERVICE);

    @ArchTest
    static final ArchRule onlyTheAccessRulesDecideByRole = ServiceArchitecture.roleChecksOnlyInAccessRules(SERVICE);
}
