/** The HTTP conventions of Agora services: every error an RFC 9457 problem that names what was wrong. */
@NullMarked
package dev.agora.web;

import org.jspecify.annotations.NullMarked;
