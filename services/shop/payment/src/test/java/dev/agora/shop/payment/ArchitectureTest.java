package dev.agora.shop.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.agora.messaging.test.ServiceArchitecture;

@AnalyzeClasses(packages = "dev.agora.shop.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoBroker = ServiceArchitecture.domainKnowsNoBroker();

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = ServiceArchitecture.repositoriesArePackagePrivate();
}
