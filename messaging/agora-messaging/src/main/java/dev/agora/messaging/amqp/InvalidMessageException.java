package dev.agora.messaging.amqp;

/** A body that is not a valid envelope: parked at once, never retried. */
final class InvalidMessageException extends RuntimeException {
    InvalidMessageException(String message) {
        super(message);
    }
}
