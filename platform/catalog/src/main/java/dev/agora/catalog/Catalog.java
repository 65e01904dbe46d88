package dev.agora.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agora's services, in start order, as {@code agora/catalog.yml} on the class path lists them: the one place a
 * service's name, system, module, port and dependencies are written. Read it with {@link #standard()}.
 */
public final class Catalog {

    /** The resource every reader loads. */
    public static final String RESOURCE = "agora/catalog.yml";

    private static final int PORTS_PER_SYSTEM = 100;

    private final Map<String, Integer> systems;
    private final List<CatalogEntry> services;

    /**
     * @param systems each system's first port ({@code shop → 8100}); its services take ports below the next hundred
     * @throws IllegalArgumentException for two services with one name or port, a port outside its system's range,
     *     an unknown system, or a call to a service that is not listed
     */
    public Catalog(Map<String, Integer> systems, List<CatalogEntry> services) {
        this.systems = Map.copyOf(systems);
        this.services = List.copyOf(services);
        requireUnique();
        services.forEach(this::requireValid);
    }

    /** The catalogue of this build. */
    public static Catalog standard() {
        return CatalogReader.fromClassPath(RESOURCE);
    }

    public List<CatalogEntry> services() {
        return services;
    }

    public List<String> names() {
        return services.stream().map(CatalogEntry::name).toList();
    }

    public Optional<CatalogEntry> find(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public CatalogEntry require(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no service '" + name + "' in " + RESOURCE + " (known: " + String.join(", ", names()) + ")"));
    }

    /** The services of one system, in start order. */
    public List<CatalogEntry> system(String system) {
        return services.stream().filter(s -> s.system().equals(system)).toList();
    }

    /** The services that call others with a token of their own. */
    public List<CatalogEntry> clients() {
        return services.stream().filter(CatalogEntry::client).toList();
    }

    private void requireUnique() {
        var names = new HashSet<String>();
        var ports = new HashSet<Integer>();
        for (var service : services) {
            if (!names.add(service.name())) {
                throw new IllegalArgumentException("two services named " + service.name());
            }
            if (!ports.add(service.port())) {
                throw new IllegalArgumentException("two services on port " + service.port());
            }
        }
    }

    private void requireValid(CatalogEntry service) {
        var first = systems.get(service.system());
        if (first == null) {
            throw new IllegalArgumentException("service " + service.name() + ": unknown system '" + service.system()
                    + "' (known: " + String.join(", ", systems.keySet()) + ")");
        }
        if (service.port() < first || service.port() >= first + PORTS_PER_SYSTEM) {
            throw new IllegalArgumentException("service " + service.name() + ": port " + service.port()
                    + " is outside the " + service.system() + " system's ports " + first + "-"
                    + (first + PORTS_PER_SYSTEM - 1));
        }
        for (var called : service.calls()) {
            if (find(called).isEmpty()) {
                throw new IllegalArgumentException(
                        "service " + service.name() + " calls '" + called + "', which is not in the catalogue");
            }
        }
    }
}
