package dev.agora.portal.shop;

import dev.agora.portal.security.Person;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Order history from the query service's read model: who bought what, and how each order ended. A shopper sees
 * their own; an operator chooses whose.
 */
@Controller
class HistoryController {

    private final ShopClient shop;

    HistoryController(ShopClient shop) {
        this.shop = shop;
    }

    @GetMapping("/history")
    String history(Authentication authentication, Model model) {
        var person = person(authentication);
        if (person.userId() != null) {
            return "redirect:/users/" + person.userId() + "/orders";
        }
        if (!person.operator()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This account is no shop user's: it has no orders");
        }
        model.addAttribute("shoppers", shop.shoppers());
        return "shop/shoppers";
    }

    @GetMapping("/users/{userId}/orders")
    String history(@PathVariable UUID userId, Authentication authentication, Model model) {
        var person = person(authentication);
        if (!person.maySee(userId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only your own orders are yours to see");
        }
        var owner = shop.shopper(userId)
                .map(ShopModels.Shopper::name)
                .orElse(userId.equals(person.userId()) ? person.name() : userId.toString());
        model.addAttribute("owner", owner);
        model.addAttribute("history", shop.history(userId).orElse(null));
        return "shop/history";
    }

    static Person person(Authentication authentication) {
        return Person.of(authentication)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Sign in to see orders"));
    }
}
