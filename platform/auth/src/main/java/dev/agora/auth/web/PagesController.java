package dev.agora.auth.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages a person sees here: the sign-in form, and who they are once signed in. */
@Controller
class PagesController {

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login() {
        return "login";
    }

    @GetMapping("/")
    String signedIn(Principal person, Model model) {
        model.addAttribute("username", person.getName());
        return "signed-in";
    }
}
