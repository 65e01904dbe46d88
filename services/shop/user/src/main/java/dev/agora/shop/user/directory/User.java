package dev.agora.shop.user.directory;

import java.time.Instant;
import java.util.UUID;

/** A registered user as stored and served. */
record User(UUID userId, String name, String email, String country, Instant createdAt, Instant updatedAt) {

    /** Whether these details are exactly the user's current ones (an update that changes nothing). */
    boolean has(UserDetails details) {
        return name.equals(details.name()) && email.equals(details.email()) && country.equals(details.country());
    }
}
