/**
 * The main logger's published language: what its search API answers. The logger writes these, readers such as
 * the portal's message log read them.
 */
@NullMarked
package dev.agora.logger.contracts;

import org.jspecify.annotations.NullMarked;
