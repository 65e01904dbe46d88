package dev.agora.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a past-tense record as an event other services may subscribe to. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the business transaction: the messaging layer writes it to the
 * service's outbox in that transaction and relays it to the event exchange after commit.
 *
 * <p>The routing key is {@link #value()}, or the class name split into lowercase words joined by dots
 * ({@code OrderCreated} is {@code order.created}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IntegrationEvent {
    String value() default "";
}
