package dev.agora.portal.shop;

import dev.agora.shop.contracts.api.OrderView;
import dev.agora.shop.contracts.api.ProductView;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One order, whose status the page keeps current from {@code /orders/{id}/events} without a reload. A shopper sees
 * only their own orders: another's is as unknown as one that does not exist.
 */
@Controller
class OrderPageController {

    private final ShopClient shop;
    private final OrderStatusRelay relay;

    OrderPageController(ShopClient shop, OrderStatusRelay relay) {
        this.shop = shop;
        this.relay = relay;
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable UUID id, Authentication authentication, Model model) {
        var order = visible(id, authentication);
        Map<UUID, String> names = shop.catalogue().stream()
                .collect(Collectors.toMap(ProductView::productId, ProductView::name, (a, b) -> a));
        model.addAttribute("order", order);
        model.addAttribute("productNames", names);
        model.addAttribute("shopper", shop.shopper(order.userId()).orElse(null));
        return "shop/order";
    }

    @GetMapping(path = "/orders/{id}/events", produces = "text/event-stream")
    SseEmitter events(@PathVariable UUID id, Authentication authentication) {
        visible(id, authentication);
        return relay.relay(id);
    }

    private OrderView visible(UUID id, Authentication authentication) {
        var person = HistoryController.person(authentication);
        return shop.order(id).filter(order -> person.maySee(order.userId())).orElseThrow(() -> unknown(id));
    }

    private static ResponseStatusException unknown(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No order has id " + id);
    }
}
