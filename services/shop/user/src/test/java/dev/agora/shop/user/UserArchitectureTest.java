package dev.agora.shop.user;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.agora.messaging.test.ServiceRules;

@AnalyzeClasses(packages = "dev.agora.shop.user", importOptions = ImportOption.DoNotIncludeTests.class)
class UserArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);
}
