package dev.agora.auth.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The accounts as the sign-in form checks them. Spring's own {@link User}, so that an authorization stored with its
 * principal reads back; a disabled account cannot sign in.
 */
@Component
class AccountSignIn implements UserDetailsService {

    private final AccountRepository repository;

    AccountSignIn(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StoredAccount stored = repository
                .find(Usernames.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        Account account = stored.account();
        return User.withUsername(account.username())
                .password(stored.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }
}
