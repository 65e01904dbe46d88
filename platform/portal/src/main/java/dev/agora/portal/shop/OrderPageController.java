package dev.agora.portal.shop;

import dev.agora.portal.shop.ShopModels.Product;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** One order, whose status the page keeps current from {@code /orders/{id}/events} without a reload. */
@Controller
class OrderPageController {

    private final ShopClient shop;
    private final OrderStatusRelay relay;

    OrderPageController(ShopClient shop, OrderStatusRelay relay) {
        this.shop = shop;
        this.relay = relay;
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable UUID id, Model model) {
        var order = shop.order(id).orElseThrow(() -> unknown(id));
        Map<UUID, String> names =
                shop.catalogue().stream().collect(Collectors.toMap(Product::productId, Product::name, (a, b) -> a));
        model.addAttribute("order", order);
        model.addAttribute("productNames", names);
        model.addAttribute(
                "shopper",
                order.userId() == null ? null : shop.shopper(order.userId()).orElse(null));
        return "shop/order";
    }

    @GetMapping(path = "/orders/{id}/events", produces = "text/event-stream")
    SseEmitter events(@PathVariable UUID id) {
        shop.order(id).orElseThrow(() -> unknown(id));
        return relay.relay(id);
    }

    private static ResponseStatusException unknown(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No order has id " + id);
    }
}
