/**
 * The HTTP side: the protocol endpoints, the sign-in pages for people, and the account API for services, each with
 * its own security; and the JWT decoder with which this server checks its own tokens.
 */
@NullMarked
package dev.agora.auth.web;

import org.jspecify.annotations.NullMarked;
