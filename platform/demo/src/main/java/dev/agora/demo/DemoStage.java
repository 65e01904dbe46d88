package dev.agora.demo;

import dev.agora.demo.DemoData.Order;
import dev.agora.demo.DemoData.Product;
import dev.agora.demo.DemoData.User;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.testing.ShopApi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the steps share: the shop's clients, the display, the run's settings, and the users, products and orders
 * the steps made so far (set-up adds Ada and Grace, then the book, the lamp and the poster, in that order).
 */
record DemoStage(
        ShopApi api,
        OrderDesk orders,
        OrderFollower follower,
        SandboxGuard sandbox,
        Display display,
        DemoScenario.Settings settings,
        JsonMapper json,
        List<User> users,
        List<Product> products,
        List<Order> placed) {

    /** A stage with no users, products or orders yet. */
    static DemoStage empty(
            ShopApi api,
            OrderDesk orders,
            OrderFollower follower,
            SandboxGuard sandbox,
            Display display,
            DemoScenario.Settings settings,
            JsonMapper json) {
        return new DemoStage(
                api,
                orders,
                follower,
                sandbox,
                display,
                settings,
                json,
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
    }

    Style style() {
        return display.style();
    }

    User ada() {
        return users.get(0);
    }

    User grace() {
        return users.get(1);
    }

    Product book() {
        return products.get(0);
    }

    Product lamp() {
        return products.get(1);
    }

    Product poster() {
        return products.get(2);
    }

    String who(User user) {
        return style().bold(user.label());
    }

    /** Keeps an order the demo placed, as it ended, for the history step and the summary. */
    void record(
            UUID orderId,
            OrderMode mode,
            User user,
            Product product,
            int quantity,
            OrderStatus status,
            @Nullable String reason,
            @Nullable BigDecimal total) {
        placed.add(new Order(orderId, mode, user, product, quantity, status, total, reason));
    }
}
