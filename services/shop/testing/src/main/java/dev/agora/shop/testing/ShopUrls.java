package dev.agora.shop.testing;

/**
 * Where each shop service answers: a {@link RunningShop}'s own ports, or those of a platform that is already up
 * (the demo's command-line options).
 */
@FunctionalInterface
public interface ShopUrls {

    /** The service's base URL without a trailing slash, such as {@code http://127.0.0.1:8106}. */
    String url(ShopService service);
}
