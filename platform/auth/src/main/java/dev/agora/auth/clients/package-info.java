/**
 * The programs that get tokens: registered at every start from {@code agora.auth.clients.<id>}, each with the secret
 * its {@code AGORA_AUTH_CLIENTS_<ID>_SECRET} holds, stored as a hash.
 */
@NullMarked
package dev.agora.auth.clients;

import org.jspecify.annotations.NullMarked;
