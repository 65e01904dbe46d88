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

    public static final ShopService USER = new ShopService("user");
    public static final ShopService PRODUCT = new ShopService("product");
    public static final ShopService PRICING = new ShopService("pricing");
    public static final ShopService INVENTORY = new ShopService("inventory");
    public static final ShopService PAYMENT = new ShopService("payment");
    public static final ShopService ORDER = new ShopService("order");
    public static final ShopService QUERY = new ShopService("query");

    /** @throws IllegalArgumentException if the catalogue has no such service in the shop */
    public ShopService {
        if (!CATALOG.require(serviceName).system().equals(SYSTEM)) {
            throw new IllegalArgumentException(serviceName + " is not a service of the shop");
        }
    }

    /** The shop's services, in the catalogue's order. */
    public static List<ShopService> values() {
        return CATALOG.system(SYSTEM).stream()
                .map(service -> new ShopService(service.name()))
                .toList();
    }

    @Override
    public String toString() {
        return serviceName;
    }
}
