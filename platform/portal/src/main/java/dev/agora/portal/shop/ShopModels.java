package dev.agora.portal.shop;

import java.util.List;
import java.util.UUID;

/**
 * What the portal reads of the shop beyond its contracts (dev.agora.shop.contracts.api): the user service's
 * shoppers. It keeps none of them.
 */
final class ShopModels {

    private ShopModels() {}

    record Shopper(UUID userId, String name, String email, String country) {}

    record Shoppers(List<Shopper> items) {}
}
