package dev.agora.auth.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts", description = "People's accounts, as the services that know them create them")
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    private final AccountDirectory directory;

    AccountController(AccountDirectory directory) {
        this.directory = directory;
    }

    @Operation(
            summary = "Create or replace a shop user's account",
            description = "Needs a token with the accounts.write scope. 201 when the user had no account, 200 when"
                    + " the user's account was replaced (the same call again included); 409 when another account"
                    + " has the username")
    @PostMapping
    ResponseEntity<Account> save(@Valid @RequestBody NewAccount request) {
        var saved = directory.save(request);
        return ResponseEntity.status(saved.made() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.account());
    }
}
