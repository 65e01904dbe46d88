package dev.agora.web.catalog;

import dev.agora.catalog.Catalog;
import java.util.LinkedHashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults from the catalogue ({@code agora/catalog.yml}) for the service this process is, named by
 * {@code agora.messaging.service} or else {@code spring.application.name}: its {@code server.port} ({@code PORT}
 * still overrides it) and {@code agora.services.<name>}, the base URL of every service in the catalogue. They are the
 * lowest-precedence source, so the environment ({@code SERVER_PORT}, {@code AGORA_SERVICES_ORDER}), a test's
 * properties and the service's own files win. A process the catalogue does not list gets nothing.
 */
class CatalogDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "agora-catalog";

    private final Catalog catalog;

    CatalogDefaults() {
        this(Catalog.standard());
    }

    CatalogDefaults(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var name = environment.getProperty(
                "agora.messaging.service", environment.getProperty("spring.application.name", ""));
        catalog.find(name).ifPresent(service -> {
            var defaults = new LinkedHashMap<String, Object>();
            defaults.put("server.port", "${PORT:" + service.port() + "}");
            catalog.services().forEach(other -> defaults.put("agora.services." + other.name(), other.url()));
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
        });
    }

    /** After the application's own files are read, which name the service. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
