package dev.agora.portal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service answers over HTTP, by its Agora service name ({@code agora.portal.services.order=http://…},
 * or {@code AGORA_PORTAL_SERVICES_ORDER} in the environment).
 */
@ConfigurationProperties("agora.portal")
public record PortalServices(Map<String, URI> services) {

    public PortalServices {
        services = new TreeMap<>(services == null ? Map.of() : services);
    }

    public Optional<URI> find(String service) {
        return Optional.ofNullable(services.get(service));
    }

    public URI require(String service) {
        return find(service)
                .orElseThrow(() -> new IllegalStateException(
                        "no address for service '" + service + "': set agora.portal.services." + service));
    }

    public List<String> names() {
        return List.copyOf(services.keySet());
    }
}
