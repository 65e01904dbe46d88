/**
 * The user directory: registers users and changes their details over HTTP, one user per email, and announces
 * every change as UserCreated / UserUpdated through the outbox.
 */
@NullMarked
package dev.agora.shop.user.directory;

import org.jspecify.annotations.NullMarked;
