package dev.agora.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class CatalogDefaultsTest {

    @Test
    void aServiceGetsItsCataloguePortAndTheAddressesOfTheOthers() {
        var environment = environment(Map.of("agora.messaging.service", "order"));

        assertThat(environment.getProperty("server.port")).isEqualTo("8106");
        assertThat(environment.getProperty("agora.services.inventory")).isEqualTo("http://127.0.0.1:8104");
        assertThat(environment.getProperty("agora.services.logger")).isEqualTo("http://127.0.0.1:8090");
    }

    @Test
    void theApplicationNameServesWhenTheServiceHasNoMessagingName() {
        assertThat(environment(Map.of("spring.application.name", "auth")).getProperty("server.port"))
                .isEqualTo("8070");
    }

    @Test
    void whatTheProcessIsGivenWinsOverTheCatalogue() {
        var environment = environment(Map.of(
                "agora.messaging.service", "order",
                "PORT", "9106",
                "agora.services.pricing", "http://pricing.test"));

        assertThat(environment.getProperty("server.port")).isEqualTo("9106");
        assertThat(environment.getProperty("agora.services.pricing")).isEqualTo("http://pricing.test");
        assertThat(environment.getProperty("agora.services.payment")).isEqualTo("http://127.0.0.1:8105");
    }

    @Test
    void aProcessTheCatalogueDoesNotListGetsNothing() {
        var environment = environment(Map.of("agora.messaging.service", "test-bot"));

        assertThat(environment.getPropertySources().contains(CatalogDefaults.SOURCE))
                .isFalse();
        assertThat(environment.getProperty("server.port")).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> given) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        new CatalogDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
