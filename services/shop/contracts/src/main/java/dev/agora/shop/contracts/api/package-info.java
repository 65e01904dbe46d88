/**
 * The bodies of the shop services' synchronous APIs. Readers are tolerant: the views ignore fields they do not
 * know, so that a service may add one without breaking its clients.
 */
@NullMarked
package dev.agora.shop.contracts.api;

import org.jspecify.annotations.NullMarked;
