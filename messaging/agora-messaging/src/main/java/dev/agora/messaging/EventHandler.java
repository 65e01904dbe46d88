package dev.agora.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes a bean method to events. Its data parameter receives the envelope's {@code data}, converted to its
 * type; optional {@link Envelope} and {@link MessageContext} parameters give the envelope and delivery details.
 *
 * <p>The routing key: when the data parameter's type is an {@link IntegrationEvent}, the one that type is published
 * under, so {@code @EventHandler void reserve(OrderCreated order)} subscribes to {@code order.created}; a key given
 * here must then be exactly that one, or the service fails at start-up. Otherwise (data as {@code JsonNode}, or only
 * the {@code Envelope} or {@code MessageContext}) {@link #value()} names the keys, topic patterns allowed ({@code *}
 * one word, {@code #} any number of words).
 *
 * <p>The method runs in a transaction when the service has a database, the message is acknowledged after
 * that transaction commits, and a redelivered message runs it once. Throw {@link SoftFailException} (or a
 * transient exception) to retry later, {@link HardFailException} to park the message.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventHandler {
    String[] value() default {};
}
