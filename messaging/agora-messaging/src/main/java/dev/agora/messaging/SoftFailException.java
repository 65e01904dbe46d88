package dev.agora.messaging;

/** A transient failure: the message is retried after the next delay of the service's backoff ladder. */
public class SoftFailException extends RuntimeException {
    public SoftFailException(String message) {
        super(message);
    }

    public SoftFailException(String message, Throwable cause) {
        super(message, cause);
    }
}
