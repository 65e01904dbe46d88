package dev.agora.shop.query.user;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user as the read model knows it. */
record UserView(
        UUID userId,
        @Nullable String name,
        @Nullable String email,
        @Nullable String country) {}
