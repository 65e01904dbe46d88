package dev.agora.web.catalog;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service answers over HTTP, by its Agora service name: {@code agora.services.<name>}, which the
 * catalogue gives every service ({@link CatalogDefaults}) and {@code AGORA_SERVICES_<NAME>} overrides.
 */
@ConfigurationProperties("agora")
public record ServiceUrls(Map<String, URI> services) {

    public ServiceUrls {
        services = new TreeMap<>(services == null ? Map.of() : services);
    }

    public Optional<URI> find(String service) {
        return Optional.ofNullable(services.get(service));
    }

    public URI require(String service) {
        return find(service)
                .orElseThrow(() -> new IllegalStateException(
                        "no address for service '" + service + "': set agora.services." + service));
    }

    /** The services with an address, by name. */
    public List<String> names() {
        return List.copyOf(services.keySet());
    }
}
