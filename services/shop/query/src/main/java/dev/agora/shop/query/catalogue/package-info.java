/**
 * The catalogue as the portal shows it: each product's details (product service), price (pricing service) and
 * available stock (inventory service), merged from their events.
 */
@NullMarked
package dev.agora.shop.query.catalogue;

import org.jspecify.annotations.NullMarked;
