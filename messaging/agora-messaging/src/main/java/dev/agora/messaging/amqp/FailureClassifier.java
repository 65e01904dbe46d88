package dev.agora.messaging.amqp;

import dev.agora.messaging.HardFailException;
import dev.agora.messaging.MessagingException;
import dev.agora.messaging.SoftFailException;
import dev.agora.messaging.amqp.MessagingProperties.FailureKind;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import tools.jackson.core.JacksonException;

/**
 * Soft or hard: declared failures decide themselves; transient infrastructure errors (a lock timeout, a
 * dependency down, no reply in time) are soft; bad input and permanent data errors are hard; anything
 * else follows {@code agora.messaging.unknown-failures}.
 */
final class FailureClassifier {

    private final FailureKind unknown;

    FailureClassifier(FailureKind unknown) {
        this.unknown = unknown;
    }

    FailureKind classify(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case HardFailException hard -> {
                    return FailureKind.HARD;
                }
                case SoftFailException soft -> {
                    return FailureKind.SOFT;
                }
                case TransientDataAccessException transientFailure -> {
                    return FailureKind.SOFT;
                }
                case RecoverableDataAccessException recoverable -> {
                    return FailureKind.SOFT;
                }
                case NonTransientDataAccessException permanent -> {
                    return FailureKind.HARD;
                }
                case JacksonException unreadable -> {
                    return FailureKind.HARD;
                }
                case IllegalArgumentException badInput -> {
                    return FailureKind.HARD;
                }
                case IOException io -> {
                    return FailureKind.SOFT;
                }
                case TimeoutException timeout -> {
                    return FailureKind.SOFT;
                }
                case MessagingException messaging -> {
                    return FailureKind.SOFT;
                }
                default -> {
                    if (cause.getClass().getName().equals("jakarta.validation.ConstraintViolationException")) {
                        return FailureKind.HARD;
                    }
                }
            }
            if (cause.getCause() == cause) break;
        }
        return unknown;
    }

    static String describe(Throwable failure) {
        var root = failure;
        while (root.getCause() != null
                && root.getCause() != root
                && (root instanceof HandlerMethod.HandlerFailedException
                        || root instanceof java.util.concurrent.CompletionException
                        || root instanceof java.util.concurrent.ExecutionException)) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
