package dev.agora.messaging;

/** A permanent failure: the message is parked at once with its error history, never retried by itself. */
public class HardFailException extends RuntimeException {
    public HardFailException(String message) {
        super(message);
    }

    public HardFailException(String message, Throwable cause) {
        super(message, cause);
    }
}
