/** The users, from user.created and user.updated. */
@NullMarked
package dev.agora.shop.query.user;

import org.jspecify.annotations.NullMarked;
