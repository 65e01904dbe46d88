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
 */
@Service
class UserDirectory {

    private final UserRepository users;
    private final ApplicationEventPublisher events;

    UserDirectory(UserRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    /** @throws EmailTakenException when another user has this email in any case */
    @Transactional
    User register(UserDetails details) {
        claimEmail(details.email(), null);
        var user = users.insert(UUID.randomUUID(), details);
        events.publishEvent(new UserCreated(user.userId(), user.name(), user.email(), user.country()));
        return user;
    }

    /**
     * Replaces the user's details. Details equal to the current ones change nothing: no write, no event.
     *
     * @throws UserNotFoundException when no user has this id
     * @throws EmailTakenException when another user has this email in any case
     */
    @Transactional
    User update(UUID userId, UserDetails details) {
        var current = users.findForUpdate(userId).orElseThrow(() -> new UserNotFoundException(userId));
        if (current.has(details)) {
            return current;
        }
        claimEmail(details.email(), userId);
        var user = users.update(userId, details);
        events.publishEvent(new UserUpdated(user.userId(), user.name(), user.email(), user.country()));
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

    /** Holds the email's lock to the end of the transaction; the claimant is null for a new user. */
    private void claimEmail(String email, @Nullable UUID claimant) {
        users.lockEmail(email);
        users.holderOfEmail(email).filter(holder -> !holder.equals(claimant)).ifPresent(holder -> {
            throw new EmailTakenException(email, holder);
        });
    }
}
