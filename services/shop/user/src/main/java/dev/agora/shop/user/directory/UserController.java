package dev.agora.shop.user.directory;

import dev.agora.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Users", description = "The shop's users; every change is published as UserCreated / UserUpdated")
@RestController
@RequestMapping("/api/users")
class UserController {

    private static final int MAX_LIMIT = 100;

    private final UserDirectory directory;

    UserController(UserDirectory directory) {
        this.directory = directory;
    }

    @Operation(
            summary = "Register a user",
            description = "Needs ops. 201 with the user and its Location; 409 when another user has the email (in any"
                    + " case). With a password, the user's sign-in account is made at the authorization server too,"
                    + " or nothing is stored: 409 when another account has the email, 503 when the server is"
                    + " unavailable")
    @PostMapping
    ResponseEntity<User> register(@Valid @RequestBody UserDetails details) {
        var user = directory.register(details);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{userId}")
                .buildAndExpand(user.userId())
                .toUri();
        return ResponseEntity.created(location).body(user);
    }

    @Operation(
            summary = "Replace a user's details",
            description = "The user themselves (shop) or an operator. Details equal to the current ones change nothing"
                    + " and publish nothing; a password replaces the sign-in account's (409, 503 as on"
                    + " registration, and then nothing is changed); 404, 409")
    @PutMapping("/{userId}")
    User update(@PathVariable UUID userId, @Valid @RequestBody UserDetails details, Caller caller) {
        caller.checkActsFor(userId, "The user " + userId);
        return directory.update(userId, details);
    }

    @Operation(
            summary = "Show a user",
            description = "The user themselves (shop) or an operator; 404 when no user has this id")
    @GetMapping("/{userId}")
    User show(@PathVariable UUID userId, Caller caller) {
        caller.checkActsFor(userId, "The user " + userId);
        return directory.find(userId);
    }

    @Operation(summary = "List users, oldest first, a page at a time", description = "Needs ops")
    @GetMapping
    Page<User> list(
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_LIMIT) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return directory.list(limit, offset);
    }
}
