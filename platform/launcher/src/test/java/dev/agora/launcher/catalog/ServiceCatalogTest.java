package dev.agora.launcher.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceCatalogTest {

    private final ServiceCatalog catalog = ServiceCatalog.standard();

    @Test
    void loggerIsTheMainLoggerOnPort8090() {
        AgoraService logger = catalog.find("logger").orElseThrow();

        assertThat(logger.module()).isEqualTo("services/logger");
        assertThat(logger.jar()).isEqualTo("services/logger/target/agora-logger.jar");
        assertThat(logger.jarFileName()).isEqualTo("agora-logger.jar");
        assertThat(logger.port()).isEqualTo(8090);
        assertThat(logger.healthUrl()).isEqualTo("http://127.0.0.1:8090/actuator/health");
        assertThat(logger.description()).isEqualTo("main logger: recent traffic of the log exchange");
    }

    @Test
    void unknownServiceIsNotFound() {
        assertThat(catalog.find("nope")).isEmpty();
    }

    @Test
    void theServicesThatCallOthersWithTheirOwnTokensAreClients() {
        assertThat(catalog.clients()).extracting(AgoraService::name).containsExactly("user", "order", "portal");
    }

    @Test
    void portalServesThePortalAndTheOpsConsoleOn8080() {
        AgoraService portal = catalog.find("portal").orElseThrow();

        assertThat(portal.module()).isEqualTo("platform/portal");
        assertThat(portal.jar()).isEqualTo("platform/portal/target/agora-portal.jar");
        assertThat(portal.url()).isEqualTo("http://127.0.0.1:8080");
        assertThat(portal.description()).isEqualTo("portal and ops console (/ops)");
    }

    @Test
    void shopServicesAreAllInTheCatalogue() {
        assertThat(catalog.names()).containsAll(ServiceCatalog.SHOP_SERVICES);
    }
}
