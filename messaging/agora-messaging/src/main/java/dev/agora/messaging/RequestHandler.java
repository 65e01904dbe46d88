package dev.agora.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers requests {@code request.<this service>.<action>}. The first parameter receives the request data;
 * the return value becomes the reply's data, sent to the caller's reply exchange. A hard failure is sent
 * back to the caller as an error reply (and the request is parked).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequestHandler {
    /** The action, one or more lowercase words joined by dots. */
    String value();
}
