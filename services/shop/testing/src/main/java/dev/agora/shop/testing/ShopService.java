package dev.agora.shop.testing;

/** The shop's services, in the order they are started; each module builds {@code target/agora-<name>.jar}. */
public enum ShopService {
    USER,
    PRODUCT,
    PRICING,
    INVENTORY,
    PAYMENT,
    ORDER,
    QUERY;

    public String serviceName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
