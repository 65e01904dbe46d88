package dev.agora.auth.accounts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Makes and replaces shop users' accounts, one per user id; a username belongs to one account. */
@Service
class AccountDirectory {

    /** What saving did: the account as stored, and whether it is new. */
    record Saved(Account account, boolean made) {}

    private final AccountRepository repository;
    private final PasswordEncoder passwords;

    AccountDirectory(AccountRepository repository, PasswordEncoder passwords) {
        this.repository = repository;
        this.passwords = passwords;
    }

    /** The same request again answers the same account: a caller may retry a call whose answer it lost. */
    Saved save(NewAccount request) {
        var roles = request.grantedRoles();
        boolean made;
        try {
            made = repository.upsertByUserId(
                    request.userId(), request.username(), passwords.encode(request.password()), roles);
        } catch (DuplicateKeyException taken) {
            throw new UsernameTakenException(request.username());
        }
        return new Saved(new Account(request.username(), roles, request.userId(), true), made);
    }
}
