package dev.agora.shop.order;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.agora.messaging.test.ServiceArchitecture;

@AnalyzeClasses(packages = "dev.agora.shop.order", importOptions = ImportOption.DoNotIncludeTests.class)
class OrderArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoBroker = ServiceArchitecture.domainKnowsNoBroker();

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = ServiceArchitecture.repositoriesArePackagePrivate();
}
