package dev.agora.shop.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.agora.messaging.test.ServiceRules;

@AnalyzeClasses(packages = "dev.agora.shop.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class InventoryArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

    @ArchTest
    static final ArchRule stockKnowsNothingOfReservations = noClasses()
            .that()
            .resideInAPackage("..inventory.stock..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..inventory.reservation..");
}
