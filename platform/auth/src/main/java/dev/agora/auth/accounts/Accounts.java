package dev.agora.auth.accounts;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Looks accounts up by username, in any case: what token issuance needs to know about a person. */
@Service
public class Accounts {

    private final AccountRepository repository;

    Accounts(AccountRepository repository) {
        this.repository = repository;
    }

    public Optional<Account> find(String username) {
        return repository.find(Usernames.normalise(username)).map(StoredAccount::account);
    }
}
