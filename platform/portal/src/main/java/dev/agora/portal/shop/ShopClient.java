package dev.agora.portal.shop;

import dev.agora.portal.ServiceClients;
import dev.agora.portal.shop.ShopModels.Shopper;
import dev.agora.portal.shop.ShopModels.Shoppers;
import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderHistory;
import dev.agora.shop.contracts.api.OrderView;
import dev.agora.shop.contracts.api.PlaceOrderRequest;
import dev.agora.shop.contracts.api.ProductView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/** The shop services' APIs as the portal uses them: the catalogue and history from query, orders from order. */
@Component
class ShopClient {

    private static final ParameterizedTypeReference<List<ProductView>> PRODUCTS = new ParameterizedTypeReference<>() {};
    private static final int SHOPPERS_SHOWN = 100;

    private final ServiceClients clients;

    ShopClient(ServiceClients clients) {
        this.clients = clients;
    }

    List<ProductView> catalogue() {
        var products = clients.of("query").get().uri("/api/products").retrieve().body(PRODUCTS);
        return products == null ? List.of() : products;
    }

    /** For an operator choosing whose history to see. */
    List<Shopper> shoppers() {
        var page = clients.of("user")
                .get()
                .uri("/api/users?limit={limit}", SHOPPERS_SHOWN)
                .retrieve()
                .body(Shoppers.class);
        return page == null ? List.of() : page.items();
    }

    Optional<Shopper> shopper(UUID userId) {
        try {
            return Optional.ofNullable(clients.of("user")
                    .get()
                    .uri("/api/users/{id}", userId)
                    .retrieve()
                    .body(Shopper.class));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden unknownOrNotToBeSeen) {
            // a shopper's token may not read the user service's records: the page then names them otherwise
            return Optional.empty();
        }
    }

    /** @param idempotencyKey one per order form, so a double submit places one order */
    OrderView place(UUID userId, List<OrderLine> lines, OrderMode mode, String idempotencyKey) {
        return clients.of("order")
                .post()
                .uri("/api/orders")
                .header("Idempotency-Key", idempotencyKey)
                .body(new PlaceOrderRequest(userId, lines, mode))
                .retrieve()
                .body(OrderView.class);
    }

    Optional<OrderView> order(UUID orderId) {
        try {
            return Optional.ofNullable(clients.of("order")
                    .get()
                    .uri("/api/orders/{id}", orderId)
                    .retrieve()
                    .body(OrderView.class));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    Optional<OrderHistory> history(UUID userId) {
        try {
            return Optional.ofNullable(clients.of("query")
                    .get()
                    .uri("/api/users/{id}/orders?size=50", userId)
                    .retrieve()
                    .body(OrderHistory.class));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }
}
