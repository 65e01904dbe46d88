package dev.agora.web.security;

import org.springframework.security.access.AccessDeniedException;

/** A shopper's token used for another person's order or history: 403, whatever the scopes. */
public class NotTheCallersException extends AccessDeniedException {

    public NotTheCallersException(String what) {
        super(what + " is another user's");
    }
}
