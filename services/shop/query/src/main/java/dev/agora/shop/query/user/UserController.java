package dev.agora.shop.query.user;

import dev.agora.shop.query.NotFoundProblem;
import dev.agora.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users", description = "Users, from the read model")
class UserController {

    private final UserRepository users;

    UserController(UserRepository users) {
        this.users = users;
    }

    @GetMapping("/api/users/{userId}")
    @Operation(summary = "A user", description = "404 when no user.created or user.updated named this user")
    UserView user(@PathVariable UUID userId, Caller caller) {
        caller.checkActsFor(userId, "User " + userId);
        return users.find(userId).orElseThrow(() -> new NotFoundProblem("user", "userId", userId));
    }
}
