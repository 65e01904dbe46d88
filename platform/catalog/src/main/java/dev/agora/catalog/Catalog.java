package dev.agora.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agora's services, in start order, as {@code agora/catalog.yml} on the class path lists them: the one place a
 * service's name, system, module, port and dependencies are written. Read it with {@link #standard()}.
 */
public final class Catalog {

    /** The resource every reader loads. */
    public static final String RESOURCE = "agora/catalog.yml";

    /** What a service may need besides RabbitMQ, which they all use. */
    public static final Set<String> SERVERS = Set.of("database", "redis", "kafka", "mqtt", "opensearch", "smtp");

    private final Map<String, CatalogSystem> systems;
    private final List<CatalogEntry> services;

    /**
     * @throws IllegalArgumentException for two services with one name or port, a port outside its system's range,
     *     an unknown system or server needed, or a call to (or a system running with) a service that is not listed
     */
    public Catalog(List<CatalogSystem> systems, List<CatalogEntry> services) {
        var byName = new LinkedHashMap<String, CatalogSystem>();
        systems.forEach(system -> byName.put(system.name(), system));
        this.systems = byName;
        this.services = List.copyOf(services);
        requireUnique();
        services.forEach(this::requireValid);
        systems.forEach(system ->
                system.runsWith().forEach(name -> requireKnown("system " + system.name() + " runs with", name)));
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

    /**
     * What a system's test harness runs: the services it runs with ({@code runs-with}), then the system's own, each in
     * start order.
     */
    public List<CatalogEntry> harness(String system) {
        var runsWith = requireSystem(system).runsWith();
        return services.stream()
                .filter(s -> runsWith.contains(s.name()) || s.system().equals(system))
                .toList();
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

    private CatalogSystem requireSystem(String name) {
        var system = systems.get(name);
        if (system == null) {
            throw new IllegalArgumentException(
                    "unknown system '" + name + "' (known: " + String.join(", ", systems.keySet()) + ")");
        }
        return system;
    }

    private void requireValid(CatalogEntry service) {
        CatalogSystem system;
        try {
            system = requireSystem(service.system());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("service " + service.name() + ": " + unknown.getMessage(), unknown);
        }
        if (!system.owns(service.port())) {
            throw new IllegalArgumentException("service " + service.name() + ": port " + service.port()
                    + " is outside the " + system.name() + " system's ports " + system.range());
        }
        service.calls().forEach(called -> requireKnown("service " + service.name() + " calls", called));
        service.needs().stream()
                .filter(need -> !SERVERS.contains(need))
                .findFirst()
                .ifPresent(unknown -> {
                    throw new IllegalArgumentException("service " + service.name() + " needs '" + unknown
                            + "', which is none of " + String.join(", ", new TreeSet<>(SERVERS)));
                });
    }

    private void requireKnown(String subject, String service) {
        if (find(service).isEmpty()) {
            throw new IllegalArgumentException(subject + " '" + service + "', which is not in the catalogue");
        }
    }
}
