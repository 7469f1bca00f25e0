package org.tipmonitor.victim;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.tipmonitor.commons.architecture.ServiceArchitecture;

/** The layer rules every service follows (commons' ServiceArchitecture), held for each feature of this one. */
@AnalyzeClasses(packages = "org.tipmonitor.victim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "org.tipmonitor.victim";

    @ArchTest
    static final ArchRule layersAreUsedOnlyFromAbove = ServiceArchitecture.layers(SERVICE);

    @ArchTest
    static final ArchRule mappersDoNoIo = ServiceArchitecture.mappingDoesNoIo(SERVICE);

    @ArchTest
    static final ArchRule rolesAreCheckedOnlyInTheAccessRules =
            ServiceArchitecture.roleChecksOnlyInAccessRules(SERVICE);
}
