package dev.agora.messaging.test;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every rule of {@link ServiceArchitecture} as an ArchUnit test, for a service's architecture test to take them all
 * at once (and any rule added here with them):
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.agora.shop.order", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);
 * }
 * }</pre>
 */
public final class ServiceRules {

    @ArchTest
    static final ArchRule domainKnowsNoBroker = ServiceArchitecture.domainKnowsNoBroker();

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = ServiceArchitecture.repositoriesArePackagePrivate();

    private ServiceRules() {}
}
