package dev.agora.launcher.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The services the launcher builds, starts and watches; the single place to add one. */
public final class ServiceCatalog {

    /** The shop's services: what the orders benchmark and the demo need running. */
    public static final List<String> SHOP_SERVICES =
            List.of("user", "product", "pricing", "inventory", "payment", "order", "query");

    /** The authorization server: first in the catalogue, so it starts first, since the others use its tokens. */
    public static final String AUTH_SERVICE = "auth";

    /** The portal, where people sign in through the authorization server and come back to. */
    public static final String PORTAL_SERVICE = "portal";

    /** The main logger, which records the traffic of the log exchange. */
    public static final String LOGGER_SERVICE = "logger";

    /** What the shop's test harness runs beside the shop, and so what a benchmark built on it needs built. */
    public static final List<String> SHOP_HARNESS_SERVICES = Stream.concat(
                    Stream.of(AUTH_SERVICE, LOGGER_SERVICE), SHOP_SERVICES.stream())
            .toList();

    private final List<AgoraService> services;

    public ServiceCatalog(List<AgoraService> services) {
        requireUnique(services);
        this.services = List.copyOf(services);
    }

    public static ServiceCatalog standard() {
        return new ServiceCatalog(List.of(
                // name, module, port, description: one line per service; asClient() if it calls others with a token
                service(AUTH_SERVICE, "platform/auth", 8070, "authorization server: sign-in and tokens"),
                service(LOGGER_SERVICE, "services/logger", 8090, "main logger: recent traffic of the log exchange"),
                service("user", "services/shop/user", 8101, "shop: users").asClient(),
                service("product", "services/shop/product", 8102, "shop: product catalogue"),
                service("pricing", "services/shop/pricing", 8103, "shop: prices, tax rules and quotes"),
                service("inventory", "services/shop/inventory", 8104, "shop: stock and reservations"),
                service("payment", "services/shop/payment", 8105, "shop: payments through the provider sandbox"),
                service("order", "services/shop/order", 8106, "shop: orders, sync or async (saga)")
                        .asClient(),
                service("query", "services/shop/query", 8107, "shop: read model of order history"),
                service(PORTAL_SERVICE, "platform/portal", 8080, "portal and ops console (/ops)")
                        .asClient()));
    }

    /** Each service module sets {@code <finalName>agora-<name></finalName>}, so its jar path follows from both. */
    static AgoraService service(String name, String module, int port, String description) {
        return new AgoraService(name, module, module + "/target/agora-" + name + ".jar", port, description);
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

    public List<String> names() {
        return services.stream().map(AgoraService::name).toList();
    }

    private static void requireUnique(List<AgoraService> services) {
        var names = new HashSet<String>();
        var ports = new HashSet<Integer>();
        for (AgoraService service : services) {
            if (!names.add(service.name())) {
                throw new IllegalArgumentException("two services named " + service.name());
            }
            if (!ports.add(service.port())) {
                throw new IllegalArgumentException("two services on port " + service.port());
            }
        }
    }
}
