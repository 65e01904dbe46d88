package dev.agora.shop.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.agora.messaging.RequestClient;
import dev.agora.messaging.test.ServiceRules;

@AnalyzeClasses(packages = "dev.agora.shop.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QueryArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

    /** The query service answers from its own read model: it has no way to call another service. */
    @ArchTest
    static final ArchRule noHttpClientAndNoRequestToAnotherService = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web.client..",
                    "org.springframework.web.reactive.function.client..",
                    "org.springframework.web.service..",
                    "java.net.http..")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(RequestClient.class);
}
