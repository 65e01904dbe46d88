package dev.agora.portal.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page a signed-in browser gets for what its account may not do, such as a shopper opening the console. */
@Controller
class DeniedPage {

    static final String PATH = "/denied";
    static final String DETAIL = "Your account may not do this: the ops console needs an operator's sign-in";

    @RequestMapping(PATH)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model) {
        model.addAttribute("status", HttpStatus.FORBIDDEN.value());
        model.addAttribute("title", HttpStatus.FORBIDDEN.getReasonPhrase());
        model.addAttribute("detail", DETAIL);
        return "error";
    }
}
