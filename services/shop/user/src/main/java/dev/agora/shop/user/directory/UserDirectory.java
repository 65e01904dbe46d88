package dev.agora.shop.user.directory;

import dev.agora.shop.contracts.events.UserCreated;
import dev.agora.shop.contracts.events.UserUpdated;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers users and changes their details, one user per email. Each change and its event are written in one
 * transaction (the event through the outbox), so other services hear of exactly the changes that were stored.
 * A call with a password saves the user's sign-in account at the authorization server last, inside that
 * transaction and while it holds the email's lock: when the server refuses or cannot be reached, the user, the
 * change and the event are rolled back, so no user is left without the account it was registered with.
 */
@Service
class UserDirectory {

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final SignInAccounts accounts;

    UserDirectory(UserRepository users, ApplicationEventPublisher events, SignInAccounts accounts) {
        this.users = users;
        this.events = events;
        this.accounts = accounts;
    }

    /**
     * @throws EmailTakenException when another user has this email in any case
     * @throws SignInNameTakenException when the details have a password and another account has the email
     * @throws SignInUnavailableException when the details have a password and the account could not be saved
     */
    @Transactional
    User register(UserDetails details) {
        claimEmail(details.email(), null);
        var user = users.insert(UUID.randomUUID(), details);
        events.publishEvent(new UserCreated(user.userId(), user.name(), user.email(), user.country()));
        saveAccount(user, details);
        return user;
    }

    /**
     * Replaces the user's details. Details equal to the current ones change nothing: no write, no event. A
     * password replaces the sign-in account's, under the (new) email; without one the account is left as it is.
     *
     * @throws UserNotFoundException when no user has this id
     * @throws EmailTakenException when another user has this email in any case
     * @throws SignInNameTakenException when the details have a password and another account has the email
     * @throws SignInUnavailableException when the details have a password and the account could not be saved
     */
    @Transactional
    User update(UUID userId, UserDetails details) {
        var current = users.findForUpdate(userId).orElseThrow(() -> new UserNotFoundException(userId));
        var user = current;
        if (!current.has(details)) {
            claimEmail(details.email(), userId);
            user = users.update(userId, details);
            events.publishEvent(new UserUpdated(user.userId(), user.name(), user.email(), user.country()));
        }
        saveAccount(user, details);
        return user;
    }

    @Transactional(readOnly = true)
    User find(UUID userId) {
        return users.find(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }

    @Transactional(readOnly = true)
    Page<User> list(int limit, int offset) {
        return new Page<>(users.page(limit, offset), limit, offset, users.count());
    }

    private void saveAccount(User user, UserDetails details) {
        var password = details.password();
        if (password != null) accounts.save(user.email(), password, user.userId());
    }

    /** Holds the email's lock to the end of the transaction; the claimant is null for a new user. */
    private void claimEmail(String email, @Nullable UUID claimant) {
        users.lockEmail(email);
        users.holderOfEmail(email).filter(holder -> !holder.equals(claimant)).ifPresent(holder -> {
            throw new EmailTakenException(email, holder);
        });
    }
}
