/**
 * The portal: the shop's pages and, under {@code /ops}, the operators' console. It owns no business data: every
 * page is made from the services' HTTP APIs, the main logger and the RabbitMQ management API.
 */
@NullMarked
package dev.agora.portal;

import org.jspecify.annotations.NullMarked;
