package dev.agora.portal.shop;

import dev.agora.portal.security.Person;
import dev.agora.shop.contracts.OrderMode;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

/**
 * Products with price and stock, and the form that orders them, sync or async. Anyone sees the catalogue; a
 * signed-in shopper orders as the shop user their account is, never as someone else.
 */
@Controller
class CatalogueController {

    private final ShopClient shop;

    CatalogueController(ShopClient shop) {
        this.shop = shop;
    }

    @GetMapping("/")
    String catalogue(Model model) {
        return show(OrderForm.blank(), model);
    }

    @PostMapping("/orders")
    String place(@ModelAttribute OrderForm form, Authentication authentication, Model model) {
        var userId = Person.of(authentication).map(Person::userId).orElse(null);
        if (userId == null) {
            return refuse(form, "This account is no shop user's: sign in as a shopper to order.", false, model);
        }
        if (form.lines().isEmpty()) {
            return refuse(form, "Choose a quantity for at least one product.", false, model);
        }
        var mode = form.mode() == null ? OrderMode.ASYNC : form.mode();
        try {
            var order = shop.place(userId, form.lines(), mode, form.idempotencyKey());
            return "redirect:/orders/" + order.orderId();
        } catch (RestClientResponseException refused) {
            return refuse(form, reason(refused), refused.getStatusCode().is5xxServerError(), model);
        } catch (RestClientException unreachable) {
            return refuse(form, "The order service did not answer: " + unreachable.getMessage(), true, model);
        }
    }

    private String refuse(OrderForm form, String reason, boolean mayHaveBeenPlaced, Model model) {
        model.addAttribute("refusal", reason);
        return show(form.again(mayHaveBeenPlaced), model);
    }

    private String show(OrderForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("products", shop.catalogue());
        return "shop/catalogue";
    }

    /** The problem's detail says what was wrong (out of stock, payment declined…); the status says little. */
    private static String reason(RestClientResponseException refused) {
        var problem = refused.getResponseBodyAs(JsonNode.class);
        var detail = problem == null ? "" : problem.path("detail").asString("");
        return "Order refused (" + refused.getStatusCode().value() + ")" + (detail.isBlank() ? "" : ": " + detail);
    }
}
