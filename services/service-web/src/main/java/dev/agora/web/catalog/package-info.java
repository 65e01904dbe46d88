/** A service's place in the catalogue of services: its port and the addresses of the others. */
@NullMarked
package dev.agora.web.catalog;

import org.jspecify.annotations.NullMarked;
