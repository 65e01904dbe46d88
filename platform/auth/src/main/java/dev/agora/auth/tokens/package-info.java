/**
 * What tokens say: a person's roles and shop user id, and only the scopes their roles allow; a program's tokens the
 * scopes it was granted.
 */
@NullMarked
package dev.agora.auth.tokens;

import org.jspecify.annotations.NullMarked;
