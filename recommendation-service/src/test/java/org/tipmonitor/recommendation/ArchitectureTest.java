package org.tipmonitor.recommendation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.tipmonitor.commons.architecture.ServiceArchitecture;

/** The layer rules every service follows (commons' ServiceArchitecture), held against this service's classes. */
@AnalyzeClasses(packages = "org.tipmonitor.recommendation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitecture.class);
}
