package dev.agora.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Lets every page show who is signed in, and offer to sign in or out. */
@ControllerAdvice
class PersonModel {

    @ModelAttribute("person")
    @Nullable
    Person person(@Nullable Authentication authentication) {
        return Person.of(authentication).orElse(null);
    }
}
