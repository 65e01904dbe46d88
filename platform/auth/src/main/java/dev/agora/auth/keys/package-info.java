/** The key the authorization server signs tokens with: made once, kept in the database, published as a JWK set. */
@NullMarked
package dev.agora.auth.keys;

import org.jspecify.annotations.NullMarked;
