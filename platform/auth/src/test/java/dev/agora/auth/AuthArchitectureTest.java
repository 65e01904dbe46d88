package dev.agora.auth;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.agora.messaging.test.ServiceArchitecture;

@AnalyzeClasses(packages = "dev.agora.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class AuthArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoBroker = ServiceArchitecture.domainKnowsNoBroker();

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = ServiceArchitecture.repositoriesArePackagePrivate();
}
