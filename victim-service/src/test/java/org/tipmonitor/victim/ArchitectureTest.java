package org.tipmonitor.victim;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.tipmonitor.commons.architecture.ServiceArchitecture;

/** The layer rules every service follows (commons' ServiceArchitecture), held for each feature of this one. */
@AnalyzeClasses(packages = "org.tipmonitor.victim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitecture.class);
}
