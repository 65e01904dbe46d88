package dev.agora.shop.testing;

import dev.agora.catalog.Catalog;
import java.util.List;

/**
 * A service of the shop: a service of system {@code shop} in the catalogue ({@code agora/catalog.yml}), which also
 * gives the order they start in ({@link #values()}) and their modules. The constants are the ones tests call by name.
 */
public record ShopService(String serviceName) {

    /** The catalogue every part of the harness reads. */
    static final Catalog CATALOG = Catalog.standard();

    static final String SYSTEM = "shop";

    /** One instance per service, as an enum has: tests compare them with {@code ==}. */
    private static final List<ShopService> ALL = CATALOG.system(SYSTEM).stream()
            .map(service -> new ShopService(service.name()))
            .toList();

    public static final ShopService USER = of("user");
    public static final ShopService PRODUCT = of("product");
    public static final ShopService PRICING = of("pricing");
    public static final ShopService INVENTORY = of("inventory");
    public static final ShopService PAYMENT = of("payment");
    public static final ShopService ORDER = of("order");
    public static final ShopService QUERY = of("query");

    /** @throws IllegalArgumentException if the catalogue has no such service in the shop */
    public ShopService {
        if (!CATALOG.require(serviceName).system().equals(SYSTEM)) {
            throw new IllegalArgumentException(serviceName + " is not a service of the shop");
        }
    }

    /** The shop's services, in the catalogue's order. */
    public static List<ShopService> values() {
        return ALL;
    }

    /** @throws IllegalArgumentException if the shop has no such service */
    public static ShopService of(String name) {
        return ALL.stream()
                .filter(service -> service.serviceName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a service of the shop"));
    }

    @Override
    public String toString() {
        return serviceName;
    }
}
