package dev.agora.portal.security;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Lets every page show who is signed in, and offer to sign out. */
@ControllerAdvice
class OperatorModel {

    @ModelAttribute("operator")
    @Nullable
    String operator(@Nullable Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
