/**
 * The accounts of people: who they are (a username and a password hash), what they may do (their roles) and, for
 * shoppers, which user of the user service they are. Other services create them through {@code /api/accounts};
 * the first operator comes from the configuration.
 */
@NullMarked
package dev.agora.auth.accounts;

import org.jspecify.annotations.NullMarked;
