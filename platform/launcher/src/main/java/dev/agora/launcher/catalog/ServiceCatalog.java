package dev.agora.launcher.catalog;

import dev.agora.catalog.Catalog;
import dev.agora.catalog.CatalogEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The services the launcher builds, starts and watches: the catalogue's ({@link Catalog}), in its order. */
public final class ServiceCatalog {

    private static final Catalog CATALOG = Catalog.standard();

    /** The shop's services (system shop in the catalogue): what the orders benchmark and the demo need running. */
    public static final List<String> SHOP_SERVICES =
            CATALOG.system("shop").stream().map(CatalogEntry::name).toList();

    /** The authorization server: first in the catalogue, so it starts first, since the others use its tokens. */
    public static final String AUTH_SERVICE = "auth";

    /** The portal, where people sign in through the authorization server and come back to. */
    public static final String PORTAL_SERVICE = "portal";

    /** The main logger, which records the traffic of the log exchange. */
    public static final String LOGGER_SERVICE = "logger";

    /** What the shop's test harness runs (the catalogue's harness of the shop), so what a benchmark on it needs built. */
    public static final List<String> SHOP_HARNESS_SERVICES =
            CATALOG.harness("shop").stream().map(CatalogEntry::name).toList();

    private final List<AgoraService> services;

    public ServiceCatalog(List<AgoraService> services) {
        this.services = List.copyOf(services);
    }

    /** The services of {@code agora/catalog.yml} (module agora-catalog), in its order. */
    public static ServiceCatalog standard() {
        return new ServiceCatalog(
                CATALOG.services().stream().map(AgoraService::of).toList());
    }

    public List<AgoraService> services() {
        return services;
    }

    public Optional<AgoraService> find(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The services that are clients of the authorization server. */
    public List<AgoraService> clients() {
        return services.stream().filter(AgoraService::client).toList();
    }

    /** What the services need besides RabbitMQ, all of them together ({@code database}, {@code redis}, ...). */
    public Set<String> needs() {
        return services.stream().flatMap(s -> s.needs().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    public List<String> names() {
        return services.stream().map(AgoraService::name).toList();
    }
}
