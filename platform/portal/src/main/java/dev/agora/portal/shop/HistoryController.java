package dev.agora.portal.shop;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Order history from the query service's read model: who bought what, and how each order ended. */
@Controller
class HistoryController {

    private final ShopClient shop;

    HistoryController(ShopClient shop) {
        this.shop = shop;
    }

    @GetMapping("/history")
    String shoppers(Model model) {
        model.addAttribute("shoppers", shop.shoppers());
        return "shop/shoppers";
    }

    @GetMapping("/users/{userId}/orders")
    String history(@PathVariable UUID userId, Model model) {
        var shopper = shop.shopper(userId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user has id " + userId));
        model.addAttribute("shopper", shopper);
        model.addAttribute("userId", userId);
        model.addAttribute("history", shop.history(userId).orElse(null));
        return "shop/history";
    }
}
