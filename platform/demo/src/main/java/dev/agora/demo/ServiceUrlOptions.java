package dev.agora.demo;

import dev.agora.catalog.Catalog;
import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One {@code --<service>-url} option per service of the catalogue ({@code agora/catalog.yml}), defaulting to where it
 * runs locally: the launcher passes the same options for every service it runs.
 */
final class ServiceUrlOptions {

    private ServiceUrlOptions() {}

    static void addTo(CommandSpec spec) {
        for (var service : Catalog.standard().services()) {
            spec.addOption(OptionSpec.builder(option(service.name()))
                    .type(URI.class)
                    .paramLabel("<url>")
                    .defaultValue(service.url())
                    .description(service.description() + " (default: ${DEFAULT-VALUE})")
                    .build());
        }
    }

    static String option(String service) {
        return "--" + service + "-url";
    }

    static URI valueOf(CommandSpec spec, String service) {
        return spec.findOption(option(service)).getValue();
    }
}
