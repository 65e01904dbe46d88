package dev.agora.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes a bean method to events whose routing key matches one of the topic patterns ({@code *} one
 * word, {@code #} any number of words). The first parameter receives the envelope's {@code data}, converted
 * to its type; an optional {@link MessageContext} parameter gives the envelope and delivery details.
 *
 * <p>The method runs in a transaction when the service has a database, the message is acknowledged after
 * that transaction commits, and a redelivered message runs it once. Throw {@link SoftFailException} (or a
 * transient exception) to retry later, {@link HardFailException} to park the message.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventHandler {
    String[] value();
}
