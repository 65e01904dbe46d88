package dev.agora.messaging.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules every Agora service holds to, for a service's own ArchUnit test:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.agora.shop.order", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule domainKnowsNoBroker = ServiceArchitecture.domainKnowsNoBroker();
 * }
 * }</pre>
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {}

    /** Services hand past-tense events to the messaging layer; RabbitMQ stays behind {@code dev.agora.messaging}. */
    public static ArchRule domainKnowsNoBroker() {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.amqp..", "com.rabbitmq..", "dev.agora.messaging.amqp..")
                .because("domain code publishes events through dev.agora.messaging, never through the broker's API");
    }

    /** Storage is an implementation detail of its feature package. */
    public static ArchRule repositoriesArePackagePrivate() {
        return classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notBePublic()
                .allowEmptyShould(true)
                .because("a feature's storage is reached through the feature, not from other packages");
    }
}
