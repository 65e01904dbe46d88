package dev.agora.messaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What service authors program against stays free of RabbitMQ: the broker is an implementation detail. */
@AnalyzeClasses(packages = "dev.agora.messaging", importOptions = ImportOption.DoNotIncludeTests.class)
class MessagingArchitectureTest {

    @ArchTest
    static final ArchRule apiKnowsNothingOfRabbitMq = noClasses()
            .that()
            .resideInAPackage("dev.agora.messaging")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.amqp..", "com.rabbitmq..", "dev.agora.messaging.amqp..");
}
